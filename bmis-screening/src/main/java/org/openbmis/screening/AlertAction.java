package org.openbmis.screening;

/** What the officer must do when a traveller or document matches an alert. */
public enum AlertAction {
  /** Detain the person: the strictest action. */
  ARREST,
  /** Refuse entry (or exit). */
  REFUSE_ENTRY,
  /** Send the traveller to secondary inspection. */
  REFER_TO_SECONDARY,
  /** Let the traveller pass and notify the issuing agency. */
  NOTIFY,
  /** Let the traveller pass and record the movement for the issuing agency. */
  MONITOR;

  /**
   * Whether the action stops the traveller at the desk (a hit cannot be waved through).
   *
   * @return true for ARREST, REFUSE_ENTRY and REFER_TO_SECONDARY
   */
  public boolean stopsAtDesk() {
    return this == ARREST || this == REFUSE_ENTRY || this == REFER_TO_SECONDARY;
  }
}
