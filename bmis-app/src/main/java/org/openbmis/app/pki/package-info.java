/**
 * ePassport chips: the CSCA trust store and passive authentication of the files a chip reader
 * returns (issue 23; ADR 0018).
 *
 * <p>Owns the trust store ({@code pki_csca}, {@code pki_crl}: CSCAs, link certificates and CRLs
 * imported singly or from CMS-signed ICAO master lists whose signer chains to a CSCA already
 * trusted), kept in memory indexed by key identifier by {@link org.openbmis.app.pki.PkiService},
 * and the verification of chip files ({@link org.openbmis.app.pki.ChipService}) that the REST API
 * and the inspection at the desk use. The cryptography is the framework-free library {@code
 * bmis-chip} ({@code org.openbmis.chip}).
 */
package org.openbmis.app.pki;
