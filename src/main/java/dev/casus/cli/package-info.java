/** The {@code casus} command line: run, check and explain. */
package dev.casus.cli;
