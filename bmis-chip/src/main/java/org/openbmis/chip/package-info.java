/**
 * eMRTD chips (ICAO Doc 9303 parts 10-12): passive authentication of the files a chip reader
 * returns, and the CSCA trust store it needs. No framework; BouncyCastle does the cryptography (the
 * JDK refuses brainpool curves) and JMRTD reads DG1.
 *
 * <p>Entry points: {@link org.openbmis.chip.PassiveAuthentication} (chip files to a {@link
 * org.openbmis.chip.ChipVerification}), {@link org.openbmis.chip.TrustStore} (CSCAs indexed by key
 * identifier, CRLs by issuer), {@link org.openbmis.chip.MasterLists} (CMS-signed CSCA master lists,
 * accepted only when their signer chains to a CSCA already trusted) and {@link
 * org.openbmis.chip.Certificates} (DER or PEM parsing).
 *
 * <p>Expected outcomes are values: a chip that fails a check yields an INVALID verification with
 * the reasons. Only bytes that are not a document security object raise {@link
 * org.openbmis.chip.NotASecurityObjectException}.
 */
package org.openbmis.chip;
