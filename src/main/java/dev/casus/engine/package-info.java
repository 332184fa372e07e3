/**
 * Internal: the Drools machinery behind a compiled draft. Nothing here is API except
 * {@link dev.casus.engine.ClauseActions}, whose functions clauses call.
 */
package dev.casus.engine;
