package org.openbmis.screening.imports;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openbmis.mrz.Sex;
import org.openbmis.screening.DateOfBirth;
import org.openbmis.screening.IdentityDocument;
import org.openbmis.screening.PersonAlertBuilder;

/**
 * Reads the identity data OFAC keeps in free text in {@code remarks}, e.g. {@code "DOB 13 May 1965;
 * alt. DOB 1966; POB Cali; nationality Colombia; Gender Male; Passport AL720622 (Colombia)"}: birth
 * dates (day month year, month year, year, circa, ranges), nationality and citizenship, gender,
 * passport and national id numbers.
 */
final class OfacRemarks {
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("JAN", 1),
          Map.entry("FEB", 2),
          Map.entry("MAR", 3),
          Map.entry("APR", 4),
          Map.entry("MAY", 5),
          Map.entry("JUN", 6),
          Map.entry("JUL", 7),
          Map.entry("AUG", 8),
          Map.entry("SEP", 9),
          Map.entry("OCT", 10),
          Map.entry("NOV", 11),
          Map.entry("DEC", 12));
  private static final Pattern DATE =
      Pattern.compile("(?:(\\d{1,2}) )?(?:([A-Za-z]{3})[a-z]* )?(\\d{4})");
  private static final Pattern DOC =
      Pattern.compile(
          "(Passport|National ID No\\.|Cedula No\\.|Identification Number|D\\.N\\.I\\.|Personal ID Card)"
              + " ([A-Za-z0-9][A-Za-z0-9./ -]*?)(?: \\(([^)]*)\\))?(?: issued .*| expires .*)?$");

  private OfacRemarks() {}

  static void apply(String remarks, PersonAlertBuilder b) {
    for (String raw : remarks.split(";")) {
      String s = raw.strip().replaceAll("\\.$", "");
      if (s.startsWith("alt. ")) {
        s = s.substring(5);
      }
      if (s.startsWith("DOB ")) {
        b.dateOfBirth(dob(s.substring(4).strip()));
      } else if (s.startsWith("nationality ") || s.startsWith("citizen ")) {
        String c = s.substring(s.indexOf(' ') + 1);
        b.nationality(Countries.standard().alpha3(c).orElse(null));
      } else if (s.equals("Gender Male")) {
        b.sex(Sex.MALE);
      } else if (s.equals("Gender Female")) {
        b.sex(Sex.FEMALE);
      } else {
        Matcher m = DOC.matcher(s);
        if (m.matches()) {
          String state =
              m.group(3) == null ? null : Countries.standard().alpha3(m.group(3)).orElse(null);
          b.document(new IdentityDocument(m.group(2).strip(), state, m.group(1)));
        }
      }
    }
  }

  static DateOfBirth dob(String text) {
    String t = text.toLowerCase(Locale.ROOT).startsWith("circa ") ? text.substring(6) : text;
    boolean circa = t.length() != text.length();
    try {
      String[] range = t.split(" to ");
      if (range.length == 2) {
        DateOfBirth from = single(range[0].strip(), false);
        DateOfBirth to = single(range[1].strip(), false);
        return from == null || to == null
            ? null
            : from.year() == to.year() && from.isFullDate()
                ? from
                : DateOfBirth.range(from.year(), to.year());
      }
      return single(t.strip(), circa);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static DateOfBirth single(String s, boolean circa) {
    Matcher m = DATE.matcher(s);
    if (!m.matches()) {
      return null;
    }
    int year = Integer.parseInt(m.group(3));
    Integer month =
        m.group(2) == null ? Integer.valueOf(0) : MONTHS.get(m.group(2).toUpperCase(Locale.ROOT));
    int day = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
    if (month == null) {
      return null;
    }
    return new DateOfBirth(year, month, day, year, circa);
  }
}
