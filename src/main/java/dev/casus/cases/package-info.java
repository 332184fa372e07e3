/**
 * Cases: hypothetical incidents, possibly uncertain, with the drafter's expectations, read from
 * case files by {@link dev.casus.cases.SuiteLoader}.
 */
package dev.casus.cases;
