package org.openbmis.app.pki;

import java.time.Instant;

/** One trusted CSCA as listed by country, with its freshness. */
public record CscaSummary(
    String country,
    String subject,
    String keyId,
    Instant notBefore,
    Instant notAfter,
    String source,
    Freshness freshness) {}
