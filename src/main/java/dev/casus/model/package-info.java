/**
 * The vocabulary: incidents and their fields, parties, commitments, and the facts clauses chain on
 * ({@link dev.casus.model.Holds}). docs/vocabulary.md lists every field and value.
 */
package dev.casus.model;
