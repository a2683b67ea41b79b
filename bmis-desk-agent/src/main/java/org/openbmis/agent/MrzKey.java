package org.openbmis.agent;

import java.util.Locale;

/**
 * What BAC and PACE need from the scanned MRZ: the document number, the date of birth and the date
 * of expiry (YYMMDD), read from TD3 (passports), TD2 or TD1 (cards) lines.
 */
public record MrzKey(String documentNumber, String dateOfBirth, String dateOfExpiry) {

  /**
   * Reads the key from MRZ text (lines separated by line breaks, or concatenated).
   *
   * @throws IllegalArgumentException when the text has none of the three shapes
   */
  public static MrzKey of(String mrz) {
    String text = mrz.toUpperCase(Locale.ROOT).replaceAll("[\\s]+", "");
    if (text.length() == 88) { // TD3: 2 x 44
      String l2 = text.substring(44);
      return new MrzKey(number(l2.substring(0, 9)), l2.substring(13, 19), l2.substring(21, 27));
    }
    if (text.length() == 72) { // TD2: 2 x 36
      String l2 = text.substring(36);
      return new MrzKey(number(l2.substring(0, 9)), l2.substring(13, 19), l2.substring(21, 27));
    }
    if (text.length() == 90) { // TD1: 3 x 30
      String l1 = text.substring(0, 30);
      String l2 = text.substring(30, 60);
      String number = l1.substring(5, 14);
      if (l1.charAt(14) == '<' && l1.charAt(15) != '<') {
        // a long document number continues in the optional data, its check digit last
        int end = l1.indexOf('<', 15);
        number = number + l1.substring(15, (end < 0 ? 30 : end) - 1);
      }
      return new MrzKey(number(number), l2.substring(0, 6), l2.substring(8, 14));
    }
    throw new IllegalArgumentException("Not a TD1, TD2 or TD3 machine-readable zone");
  }

  private static String number(String field) {
    return field.replaceAll("<+$", "");
  }

  @Override
  public String toString() {
    return "MrzKey[document number and dates withheld]";
  }
}
