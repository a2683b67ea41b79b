package org.openbmis.app.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Size of the seeded demo data ({@code bmis.demo.*}). The seed makes the data reproducible.
 *
 * @param travellers travellers to create, each with one passport
 * @param movements movements to aim for over the last 365 days (the result is close, not exact)
 * @param seed the seed of the random generator
 * @param background seed the travellers, movements, lists and statistics after the node is ready,
 *     while the desk already works (the demo profile); otherwise before (tests)
 */
@ConfigurationProperties(prefix = "bmis.demo")
record DemoDataProperties(
    @DefaultValue("2000") int travellers,
    @DefaultValue("20000") int movements,
    @DefaultValue("9303") long seed,
    @DefaultValue("false") boolean background) {}
