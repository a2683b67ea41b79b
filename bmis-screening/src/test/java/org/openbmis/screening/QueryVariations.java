package org.openbmis.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Realistic variations of list names for the quality harness (seeded, reproducible). */
final class QueryVariations {
  private static final String[][] RESPELL = {
    {"OU", "U"}, {"U", "OU"}, {"EE", "I"}, {"I", "EE"}, {"KH", "H"}, {"Y", "I"}, {"IA", "YA"},
    {"SH", "SCH"}, {"MM", "M"}, {"SS", "S"}, {"J", "DJ"}, {"Q", "K"}, {"AI", "AY"}, {"EI", "AY"},
    {"V", "W"}, {"O", "U"}, {"E", "A"}
  };
  private final Random random;

  QueryVariations(long seed) {
    random = new Random(seed);
  }

  /** One variation of a name; the kind is appended to {@code kinds}. */
  String vary(String name, List<String> kinds) {
    List<String> parts =
        new ArrayList<>(Arrays.asList(name.replace(",", " ").trim().split("\\s+")));
    int kind = random.nextInt(5);
    switch (kind) {
      case 0 -> {
        Collections.shuffle(parts, random);
        kinds.add("reordered");
      }
      case 1 -> {
        if (parts.size() >= 3) {
          parts.remove(1 + random.nextInt(parts.size() - 2));
          kinds.add("dropped part");
        }
      }
      case 2 -> {
        int i = longest(parts);
        parts.set(i, typo(parts.get(i)));
        kinds.add("typo");
      }
      case 3 -> {
        int i = random.nextInt(parts.size());
        parts.set(i, respell(parts.get(i)));
        kinds.add("transliteration");
      }
      default -> {
        Collections.shuffle(parts, random);
        int i = longest(parts);
        parts.set(i, typo(parts.get(i)));
        kinds.add("reordered+typo");
      }
    }
    return String.join(" ", parts);
  }

  private int longest(List<String> parts) {
    int best = 0;
    for (int i = 1; i < parts.size(); i++) {
      if (parts.get(i).length() > parts.get(best).length()) {
        best = i;
      }
    }
    return best;
  }

  String typo(String w) {
    if (w.length() < 5) {
      return w;
    }
    char[] c = w.toUpperCase().toCharArray();
    int i = 1 + random.nextInt(c.length - 2);
    switch (random.nextInt(4)) {
      case 0 -> c[i] = (char) ('A' + random.nextInt(26));
      case 1 -> {
        char t = c[i];
        c[i] = c[i + 1];
        c[i + 1] = t;
      }
      case 2 -> {
        return new String(c, 0, i) + new String(c, i + 1, c.length - i - 1);
      }
      default -> {
        return new String(c, 0, i) + c[i] + new String(c, i, c.length - i);
      }
    }
    return new String(c);
  }

  String respell(String w) {
    String u = w.toUpperCase();
    int start = random.nextInt(RESPELL.length);
    for (int k = 0; k < RESPELL.length; k++) {
      String[] r = RESPELL[(start + k) % RESPELL.length];
      int at = u.indexOf(r[0], 1);
      if (at > 0) {
        return u.substring(0, at) + r[1] + u.substring(at + r[0].length());
      }
    }
    return u;
  }

  /** A traveller's birth date consistent with a listed one, given in full or partially. */
  String dateOfBirth(DateOfBirth listed) {
    int year =
        listed.isRange()
            ? listed.year() + random.nextInt(listed.toYear() - listed.year() + 1)
            : listed.year();
    int month = listed.month() > 0 ? listed.month() : 1 + random.nextInt(12);
    int day = listed.day() > 0 ? listed.day() : 1 + random.nextInt(28);
    return switch (random.nextInt(4)) {
      case 0 -> Integer.toString(year);
      case 1 -> String.format("%04d-%02d", year, month);
      default -> String.format("%04d-%02d-%02d", year, month, day);
    };
  }

  String randomDateOfBirth() {
    return String.format(
        "%04d-%02d-%02d",
        1940 + random.nextInt(66), 1 + random.nextInt(12), 1 + random.nextInt(28));
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }
}
