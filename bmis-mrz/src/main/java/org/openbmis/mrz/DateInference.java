package org.openbmis.mrz;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Turns the YYMMDD dates of an MRZ (Doc 9303 Part 3 section 4.8) into real dates. The MRZ has no
 * century, so:
 *
 * <ul>
 *   <li>a birth date is never in the future: 20YY if that date is not after today, else 19YY;
 *   <li>an expiry date takes the century (19, 20 or 21) that puts it nearest to today, i.e. within
 *       about 50 years either side.
 * </ul>
 *
 * Text that is not a real calendar date (letters, month 13, 31 April, 29 February of a non-leap
 * year) gives {@code null}: it is reported, never guessed.
 */
final class DateInference {
  private DateInference() {}

  /** Whether the text is YYMMDD of a real date in some century. */
  static boolean isReal(String yymmdd) {
    return of(2000, yymmdd) != null || of(1900, yymmdd) != null;
  }

  static LocalDate birth(String yymmdd, LocalDate today) {
    LocalDate d = of(2000, yymmdd);
    if (d != null && !d.isAfter(today)) {
      return d;
    }
    LocalDate old = of(1900, yymmdd);
    return old != null && !old.isAfter(today) ? old : null;
  }

  static LocalDate expiry(String yymmdd, LocalDate today) {
    LocalDate best = null;
    long bestDistance = Long.MAX_VALUE;
    for (int century = 1900; century <= 2100; century += 100) {
      LocalDate d = of(century, yymmdd);
      if (d != null) {
        long distance = Math.abs(ChronoUnit.DAYS.between(today, d));
        if (distance < bestDistance) {
          best = d;
          bestDistance = distance;
        }
      }
    }
    return best;
  }

  private static LocalDate of(int century, String s) {
    if (s.length() != 6) {
      return null;
    }
    for (int i = 0; i < 6; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return null;
      }
    }
    int yy = Integer.parseInt(s.substring(0, 2));
    int mm = Integer.parseInt(s.substring(2, 4));
    int dd = Integer.parseInt(s.substring(4, 6));
    try {
      return LocalDate.of(century + yy, mm, dd);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
