package org.openbmis.biometrics;

import java.util.Locale;
import java.util.Optional;

/**
 * Finger positions with their ISO/IEC 19794-4 and ANSI/NIST-ITL codes (table "finger position
 * code"): 0 = unknown, 1-10 = the ten fingers (1 = right thumb ... 10 = left little finger), 11-14
 * = plain thumbs and four-finger slaps, 15 = both thumbs.
 */
public enum FingerPosition {
  UNKNOWN(0),
  RIGHT_THUMB(1),
  RIGHT_INDEX(2),
  RIGHT_MIDDLE(3),
  RIGHT_RING(4),
  RIGHT_LITTLE(5),
  LEFT_THUMB(6),
  LEFT_INDEX(7),
  LEFT_MIDDLE(8),
  LEFT_RING(9),
  LEFT_LITTLE(10),
  PLAIN_RIGHT_THUMB(11),
  PLAIN_LEFT_THUMB(12),
  PLAIN_RIGHT_FOUR_FINGERS(13),
  PLAIN_LEFT_FOUR_FINGERS(14),
  PLAIN_BOTH_THUMBS(15);

  private final int code;

  FingerPosition(int code) {
    this.code = code;
  }

  /**
   * Returns the ISO/ANSI finger position code.
   *
   * @return the code, 0-15
   */
  public int code() {
    return code;
  }

  /**
   * Returns the finger this position shows when it shows exactly one: a plain thumb maps to the
   * thumb, a single finger to itself.
   *
   * @return the single finger (codes 1-10), or empty for {@link #UNKNOWN} and multi-finger images
   */
  public Optional<FingerPosition> finger() {
    if (code >= 1 && code <= 10) {
      return Optional.of(this);
    }
    if (this == PLAIN_RIGHT_THUMB) {
      return Optional.of(RIGHT_THUMB);
    }
    if (this == PLAIN_LEFT_THUMB) {
      return Optional.of(LEFT_THUMB);
    }
    return Optional.empty();
  }

  /**
   * Whether this position is a single finger (codes 1-12).
   *
   * @return true for codes 1-12
   */
  public boolean isSingleFinger() {
    return finger().isPresent();
  }

  /**
   * Looks up a position by its code.
   *
   * @param code the ISO/ANSI code
   * @return the position
   * @throws IllegalArgumentException if no position has this code
   */
  public static FingerPosition ofCode(int code) {
    for (FingerPosition p : values()) {
      if (p.code == code) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown finger position code: " + code);
  }

  /**
   * Parses a position given as its code ({@code "1"}, {@code "01"}) or its name ({@code
   * "RIGHT_THUMB"}, case-insensitive, hyphens and blanks accepted for underscores).
   *
   * @param text the code or name
   * @return the position
   * @throws IllegalArgumentException if the text is null, blank, or names no position
   */
  public static FingerPosition parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("finger position is missing");
    }
    String t = text.strip();
    if (t.length() <= 3 && t.chars().allMatch(Character::isDigit)) {
      return ofCode(Integer.parseInt(t));
    }
    String name = t.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (FingerPosition p : values()) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown finger position: " + abbreviate(t));
  }

  private static String abbreviate(String t) {
    return t.length() > 40 ? t.substring(0, 40) + "..." : t;
  }
}
