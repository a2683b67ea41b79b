package org.openbmis.app.shared.durability;

/** What a commit survives once it is acknowledged ({@code bmis.durability.level}). */
public enum DurabilityLevel {
  /** Synced to the disk before it is acknowledged: survives a power cut (the default). */
  POWER_LOSS,
  /**
   * Written to the operating system before it is acknowledged, not synced: survives a crash of the
   * process, not of the machine. For measurements and for machines on a battery-backed supply.
   */
  PROCESS_CRASH
}
