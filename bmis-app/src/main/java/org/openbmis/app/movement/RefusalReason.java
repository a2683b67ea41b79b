package org.openbmis.app.movement;

/**
 * Grounds for refusal of entry, following the standard form of the Schengen Borders Code
 * (Regulation (EU) 2016/399, Annex V, Part B), which many states without a code list of their own
 * adopt. Each code has a message in the bundles ({@code refusal.A} ...).
 */
public enum RefusalReason {
  /** Has no valid travel document. */
  A,
  /** Has a false, counterfeit or forged travel document. */
  B,
  /** Has no valid visa or residence permit. */
  C,
  /** Has a false, counterfeit or forged visa or residence permit. */
  D,
  /** Has no appropriate documentation justifying the purpose and conditions of stay. */
  E,
  /** Has already stayed the permitted time within the period. */
  F,
  /** Does not have sufficient means of subsistence. */
  G,
  /** Is the subject of an alert for the purposes of refusing entry. */
  H,
  /** Is considered a threat to public policy, internal security, public health or relations. */
  I,
  /** Other grounds, given in the remarks. */
  J
}
