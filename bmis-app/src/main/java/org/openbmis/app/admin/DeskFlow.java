package org.openbmis.app.admin;

/**
 * Which way the travellers queuing at a desk cross: the direction proposed at the scan follows it
 * before the traveller's history (ADR 0016).
 */
public enum DeskFlow {
  /** Travellers arriving: every scan is proposed as an entry. */
  ARRIVALS,
  /** Travellers leaving: every scan is proposed as an exit. */
  DEPARTURES,
  /** Both ways (a small post, a land crossing): the history proposes the direction. */
  BOTH
}
