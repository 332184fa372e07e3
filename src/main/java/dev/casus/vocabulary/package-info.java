/**
 * Internal: the vocabulary as data. The incident's fields with their types and case-file names, the
 * types of extra attributes, and how values are shown; case loading, world expansion, explanations and
 * the generated docs/vocabulary.md all read this one list.
 */
package dev.casus.vocabulary;
