package org.openbmis.app.pki;

import java.time.Instant;

/** A CSCA or link certificate imported ({@code created}) or found already trusted. */
public record CscaImported(String subject, String country, Instant notAfter, boolean created) {}
