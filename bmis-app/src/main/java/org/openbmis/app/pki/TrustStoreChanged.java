package org.openbmis.app.pki;

/**
 * A CSCA, link certificate or CRL was added to the trust store (published in the transaction that
 * adds it): at headquarters the border network versions the {@code trust-store} dataset with it.
 */
public record TrustStoreChanged() {}
