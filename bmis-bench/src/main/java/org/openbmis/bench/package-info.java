/** Benchmarks (JMH) and the HTTP load driver. */
package org.openbmis.bench;
