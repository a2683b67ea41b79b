package org.openbmis.screening;

/** Who may see the details of an alert (the hit itself is always shown). */
public enum Confidentiality {
  /** Published list (UN, OFAC, EU...). */
  PUBLIC,
  /** Visible to border officers. */
  RESTRICTED,
  /** Details visible to supervisors only. */
  CONFIDENTIAL,
  /** Details visible to the issuing agency only. */
  SECRET
}
