package org.openbmis.chip;

/** A CSCA master list whose signature is bad or whose signer does not chain to a trusted CSCA. */
public final class UntrustedMasterListException extends Exception {
  private static final long serialVersionUID = 1L;

  public UntrustedMasterListException(String message) {
    super(message);
  }
}
