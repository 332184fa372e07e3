/**
 * Analysis: possible worlds of an uncertain case, three-way answers across them, and findings of
 * ambiguity.
 */
package dev.casus.analysis;
