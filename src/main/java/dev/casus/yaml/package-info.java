/** YAML reading that keeps line and column, so every problem in a user's file can be located. */
package dev.casus.yaml;
