/** JMH benchmarks of the MRZ library. */
package org.openbmis.bench.mrz;
