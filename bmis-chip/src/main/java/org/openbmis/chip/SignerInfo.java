package org.openbmis.chip;

import java.time.Instant;

/** The document signer certificate of an SOD, as shown to the officer. */
public record SignerInfo(String subject, String country, String issuer, Instant notAfter) {}
