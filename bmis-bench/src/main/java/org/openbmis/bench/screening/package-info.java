/**
 * JMH benchmarks of bmis-screening over synthetic lists (1 million persons, 10 million documents).
 */
package org.openbmis.bench.screening;
