package org.openbmis.app.pki;

import java.time.Instant;

/** One CRL kept, with its freshness (STALE when past its next update). */
public record CrlSummary(
    String country,
    String issuer,
    Instant thisUpdate,
    Instant nextUpdate,
    int entries,
    Freshness freshness) {}
