package org.openbmis.screening;

import java.util.List;

/**
 * Compares a queried date of birth with the dates of an alert, as evidence for or against: exact
 * +0.05, day and month swapped +0.02, partial agreement or inside a listed range +0.02, day or
 * month conflicting -0.1, year one off -0.1, year conflicting -0.2 (nomenklatura uses -0.15 for the
 * year and -0.25 for the day). Circa dates accept two years either way. The best of the alert's
 * dates counts.
 */
final class BirthDateEvidence {
  private BirthDateEvidence() {}

  static QualifierEvidence evaluate(DateOfBirth query, List<DateOfBirth> listed) {
    QualifierEvidence best = null;
    for (DateOfBirth a : listed) {
      QualifierEvidence e = compare(query, a);
      if (best == null || e.adjustment() > best.adjustment()) {
        best = e;
      }
    }
    return best;
  }

  private static QualifierEvidence compare(DateOfBirth q, DateOfBirth a) {
    String pair = q + " vs listed " + a;
    if (a.isRange() || q.isRange()) {
      boolean overlap = q.year() <= a.toYear() && a.year() <= q.toYear();
      boolean near = q.year() <= a.toYear() + 1 && a.year() - 1 <= q.toYear();
      return overlap
          ? ev(0.02, pair + " (within range)")
          : near ? ev(-0.05, pair + " (just outside range)") : ev(-0.2, pair);
    }
    int dy = Math.abs(q.year() - a.year());
    if (a.approximate() || q.approximate()) {
      return dy <= 2 ? ev(0.01, pair + " (approximate)") : ev(-0.15, pair);
    }
    if (dy > 0) {
      if (dy == 1) {
        return ev(-0.1, pair + " (year one off)");
      }
      return swapped(q, a) ? ev(0.0, pair + " (day/month swap)") : ev(-0.2, pair);
    }
    if (q.month() > 0 && a.month() > 0 && q.month() != a.month()) {
      return swapped(q, a)
          ? ev(0.02, pair + " (day and month swapped)")
          : ev(-0.1, pair + " (month differs)");
    }
    if (q.day() > 0 && a.day() > 0) {
      return q.day() == a.day() ? ev(0.05, pair + " (exact)") : ev(-0.1, pair + " (day differs)");
    }
    return ev(0.02, pair + " (partial)");
  }

  private static boolean swapped(DateOfBirth q, DateOfBirth a) {
    return q.isFullDate()
        && a.isFullDate()
        && q.year() == a.year()
        && q.month() == a.day()
        && q.day() == a.month();
  }

  private static QualifierEvidence ev(double adjustment, String detail) {
    return new QualifierEvidence("date of birth", adjustment, detail);
  }
}
