package org.openbmis.app.pki;

import java.time.Instant;

/** A CRL kept (or found already kept), with its issuer and next update. */
public record CrlImported(
    String issuer,
    String country,
    Instant thisUpdate,
    Instant nextUpdate,
    int revoked,
    boolean created) {}
