/**
 * JMH benchmarks of the fingerprint library: extraction, comparisons per second, 1:N latency and
 * gallery memory. Galleries are built by extracting a few real prints from the shared test data
 * ({@code -Dtestdata.dir}, default {@code ../shared/testdata}) and replicating them, each replica
 * deserialised separately so that memory and cache behaviour are those of distinct templates.
 */
package org.openbmis.bench.biometrics;
