package org.openbmis.app.visa;

/** What an entry rule says about a nationality (or a document type, or a purpose of travel). */
public enum EntryPolicy {
  /** No visa needed: at most {@code maxDays} days within a rolling {@code periodDays}. */
  VISA_EXEMPT,
  /** A visa can be bought at the border: fee, currency and days granted. */
  VISA_ON_ARRIVAL,
  /** A visa (or e-visa, or permit) is needed before travel. */
  VISA_REQUIRED,
  /** Regional free movement (e.g. ECOWAS, EAC), often with a national ID card; days granted. */
  FREE_MOVEMENT,
  /** Entry is refused. */
  REFUSED
}
