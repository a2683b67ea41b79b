/** JMH benchmarks of ePassport chip verification (issue 23). */
package org.openbmis.bench.chip;
