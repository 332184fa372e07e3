/** Reports of a run: the drafter's text matrix and a deterministic JSON document. */
package dev.casus.report;
