package org.openbmis.paxlst;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** EDIFACT date and time formats used in PAXLST (DTM format codes 101, 102, 201, 203, 204). */
final class EdifactDates {

  private EdifactDates() {}

  /** A scheduled time; null when the value does not fit its format or names no real date. */
  static LocalDateTime dateTime(String value, String format) {
    try {
      String v = value.strip();
      if (v.length() == 10 && ("201".equals(format) || format.isEmpty())) {
        return LocalDateTime.of(date(v.substring(0, 6), 2000), time(v.substring(6)));
      }
      if (v.length() >= 12 && ("203".equals(format) || "204".equals(format) || format.isEmpty())) {
        return LocalDateTime.of(
            LocalDate.of(Integer.parseInt(v.substring(0, 4)), month(v, 4), day(v, 6)),
            time(v.substring(8, 12)));
      }
      LocalDate date = birthOrPlainDate(v, 2000);
      return date == null ? null : date.atStartOfDay();
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /**
   * A date of birth: YYMMDD in the latest century that does not put it after {@code reference};
   * CCYYMMDD as written. Null when invalid.
   */
  static LocalDate birthDate(String value, LocalDate reference) {
    try {
      String v = value.strip();
      if (v.length() == 6) {
        LocalDate d = date(v, 2000);
        return d.isAfter(reference) ? d.minusYears(100) : d;
      }
      return birthOrPlainDate(v, 2000);
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /** An expiry date: YYMMDD in 20YY, CCYYMMDD as written. Null when invalid. */
  static LocalDate expiry(String value) {
    try {
      return birthOrPlainDate(value.strip(), 2000);
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static LocalDate birthOrPlainDate(String v, int century) {
    if (v.length() == 6) {
      return date(v, century);
    }
    if (v.length() == 8) {
      return LocalDate.of(Integer.parseInt(v.substring(0, 4)), month(v, 4), day(v, 6));
    }
    return null;
  }

  private static LocalDate date(String yymmdd, int century) {
    return LocalDate.of(
        century + Integer.parseInt(yymmdd.substring(0, 2)), month(yymmdd, 2), day(yymmdd, 4));
  }

  private static int month(String v, int at) {
    return Integer.parseInt(v.substring(at, at + 2));
  }

  private static int day(String v, int at) {
    return Integer.parseInt(v.substring(at, at + 2));
  }

  private static LocalTime time(String hhmm) {
    return LocalTime.of(
        Integer.parseInt(hhmm.substring(0, 2)), Integer.parseInt(hhmm.substring(2, 4)));
  }
}
