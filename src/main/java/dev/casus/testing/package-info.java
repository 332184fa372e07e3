/**
 * JUnit 5 and AssertJ support: {@link dev.casus.testing.CasusTests} turns case files into dynamic
 * tests; {@link dev.casus.testing.CasusAssertions} gives domain assertions on results. JUnit and
 * AssertJ are optional dependencies: add them to use this package.
 */
package dev.casus.testing;
