/**
 * Drafts: a folder with draft.yaml and DRL clauses, loaded into an immutable, thread-safe
 * {@link dev.casus.draft.Draft}. {@link dev.casus.draft.DraftLoader} reports every problem in one pass.
 */
package dev.casus.draft;
