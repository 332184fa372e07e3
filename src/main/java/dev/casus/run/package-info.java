/**
 * Running a project: every draft against every case file that names it, in parallel, with
 * expectations checked and results in a fixed order.
 */
package dev.casus.run;
