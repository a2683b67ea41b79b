package org.openbmis.screening;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A date of birth as lists and travellers give it: a full date, a year and month, a year, a range
 * of years, or an approximate year. Unknown parts are 0.
 *
 * @param year first (or only) year
 * @param month 1-12, or 0 when unknown
 * @param day 1-31, or 0 when unknown
 * @param toYear last year of a range; equal to {@code year} when not a range
 * @param approximate true for "circa" / "approximately" dates
 */
public record DateOfBirth(int year, int month, int day, int toYear, boolean approximate) {
  /** Validates the parts. */
  public DateOfBirth {
    if (year < 1000 || year > 2999 || toYear < year) {
      throw new IllegalArgumentException("invalid birth year " + year + ".." + toYear);
    }
    if (month < 0 || month > 12 || day < 0 || day > 31 || (day > 0 && month == 0)) {
      throw new IllegalArgumentException("invalid birth month/day " + month + "/" + day);
    }
    if (day > 0) {
      try {
        LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("invalid birth date " + e.getMessage(), e);
      }
    }
  }

  /**
   * A full date.
   *
   * @param date the date
   * @return the date of birth
   */
  public static DateOfBirth of(LocalDate date) {
    return new DateOfBirth(
        date.getYear(), date.getMonthValue(), date.getDayOfMonth(), date.getYear(), false);
  }

  /**
   * A year only.
   *
   * @param year the year
   * @return the date of birth
   */
  public static DateOfBirth year(int year) {
    return new DateOfBirth(year, 0, 0, year, false);
  }

  /**
   * A range of years, both inclusive.
   *
   * @param from first year
   * @param to last year
   * @return the date of birth
   */
  public static DateOfBirth range(int from, int to) {
    return new DateOfBirth(from, 0, 0, to, false);
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
   *
   * @param text the text
   * @return the date of birth
   * @throws IllegalArgumentException if the text is not one of these forms or not a valid date
   */
  public static DateOfBirth parse(String text) {
    String t = text == null ? "" : text.strip();
    if (!t.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
      throw new IllegalArgumentException("date of birth must be YYYY, YYYY-MM or YYYY-MM-DD: " + t);
    }
    int y = Integer.parseInt(t.substring(0, 4));
    int m = t.length() >= 7 ? Integer.parseInt(t.substring(5, 7)) : 0;
    int d = t.length() == 10 ? Integer.parseInt(t.substring(8, 10)) : 0;
    return new DateOfBirth(y, m, d, y, false);
  }

  /**
   * Whether this is a single full date.
   *
   * @return true if year, month and day are known and it is not a range
   */
  public boolean isFullDate() {
    return day > 0 && toYear == year;
  }

  /**
   * Whether this is a range of years.
   *
   * @return true if {@code toYear > year}
   */
  public boolean isRange() {
    return toYear > year;
  }

  @Override
  public String toString() {
    String s =
        isRange()
            ? year + ".." + toYear
            : day > 0
                ? pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
                : month > 0 ? pad(year, 4) + "-" + pad(month, 2) : Integer.toString(year);
    return approximate ? "circa " + s : s;
  }

  /** Zero-padded like {@code %0Nd} (String.format was a tenth of a screening query). */
  private static String pad(int value, int width) {
    String s = Integer.toString(value);
    return s.length() >= width || value < 0 ? s : "0".repeat(width - s.length()) + s;
  }
}
