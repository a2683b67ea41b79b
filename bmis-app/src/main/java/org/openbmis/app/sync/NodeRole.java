package org.openbmis.app.sync;

import java.util.Locale;

/** What a node is in the network ({@code bmis.node.role}). */
public enum NodeRole {
  /** One node that is both (the default): no network. */
  BOTH,
  /** Headquarters: receives every post's records. */
  CENTRAL,
  /** One border post: records offline, sends to headquarters. */
  POST;

  static NodeRole of(String value) {
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "bmis.node.role must be both, central or post, not '" + value + "'", e);
    }
  }

  /** The name used in configuration and in the status API. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
