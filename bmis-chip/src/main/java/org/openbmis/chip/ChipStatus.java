package org.openbmis.chip;

/** The outcome of passive authentication. */
public enum ChipStatus {
  /** Signature, chain to a trusted CSCA and every given data group's hash are valid. */
  VALID,
  /** A check failed: the reasons are in {@link ChipVerification#problems()}. */
  INVALID,
  /** The signature and hashes hold but no trusted CSCA issued the document signer. */
  UNKNOWN_SIGNER
}
