/**
 * Internal: the JMH benchmarks behind {@code casus bench} and the table it prints. Not API; JMH
 * (an optional dependency of Casus) must be on the class path to use it.
 */
package dev.casus.bench;
