package org.openbmis.chip;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The MRZ held in DG1 (Doc 9303 part 10 section 4.7.1: tag 0x61 holding tag 0x5F1F). */
final class Dg1 {
  private Dg1() {}

  /** The MRZ characters of DG1 without line breaks, or null when DG1 is not well formed. */
  static String mrz(byte[] dg1) {
    if (dg1 == null || dg1.length < 5 || (dg1[0] & 0xff) != 0x61) {
      return null;
    }
    int[] outer = length(dg1, 1);
    if (outer == null || outer[0] + outer[1] != dg1.length) {
      return null;
    }
    int p = outer[0];
    if (p + 3 > dg1.length || (dg1[p] & 0xff) != 0x5F || (dg1[p + 1] & 0xff) != 0x1F) {
      return null;
    }
    int[] inner = length(dg1, p + 2);
    if (inner == null || inner[0] + inner[1] != dg1.length) {
      return null;
    }
    return new String(dg1, inner[0], inner[1], StandardCharsets.US_ASCII);
  }

  /** The printed MRZ in the same form: upper case, no whitespace or line breaks. */
  static String normalise(String printed) {
    return printed.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
  }

  /** {value offset, value length} of the BER length at {@code at}, or null. */
  private static int[] length(byte[] b, int at) {
    if (at >= b.length) {
      return null;
    }
    int first = b[at] & 0xff;
    if (first < 0x80) {
      return new int[] {at + 1, first};
    }
    int count = first & 0x7f;
    if (count == 0 || count > 2 || at + count >= b.length) {
      return null;
    }
    int value = 0;
    for (int i = 1; i <= count; i++) {
      value = (value << 8) | (b[at + i] & 0xff);
    }
    return new int[] {at + 1 + count, value};
  }
}
