/** The {@code casus} command line: run, check, explain and bench. */
package dev.casus.cli;
