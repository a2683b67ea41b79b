package org.openbmis.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * MRZ-style Latin names for the cross-script quality tests: the name as a passport's machine
 * readable zone holds it (upper case, punctuation as spaces, at most 39 characters), and the
 * spelling changes passports of the Arabic-speaking world really show against list spellings: a
 * different romanisation of a common name (HUSSEIN / HUSSAIN, MOHAMMED / MUHAMMAD), the particle AL
 * dropped or joined, ABDUL joined or written ABDEL, OU / U, EE / I, doubled letters single.
 */
final class MrzRespellings {
  private static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("HUSSEIN", "HUSSAIN"),
          Map.entry("HUSSAIN", "HUSSEIN"),
          Map.entry("HUSAIN", "HUSSEIN"),
          Map.entry("HASSAN", "HASAN"),
          Map.entry("MOHAMMAD", "MOHAMMED"),
          Map.entry("MOHAMMED", "MUHAMMAD"),
          Map.entry("MUHAMMAD", "MOHAMED"),
          Map.entry("MOHAMED", "MOHAMMED"),
          Map.entry("AHMAD", "AHMED"),
          Map.entry("AHMED", "AHMAD"),
          Map.entry("OMAR", "UMAR"),
          Map.entry("YOUSSEF", "YUSUF"),
          Map.entry("YUSUF", "YOUSEF"),
          Map.entry("OSAMA", "USAMA"),
          Map.entry("MAHMOUD", "MAHMUD"),
          Map.entry("KHALID", "KHALED"),
          Map.entry("ABDUL", "ABDEL"),
          Map.entry("ABU", "ABOU"),
          Map.entry("BIN", "BEN"),
          Map.entry("IBN", "BIN"),
          Map.entry("AL", "EL"));
  private static final String[][] LETTERS = {
    {"OU", "U"},
    {"EE", "I"},
    {"SS", "S"},
    {"DD", "D"},
    {"MM", "M"},
    {"LL", "L"},
    {"AA", "A"},
    {"IY", "I"},
    {"Q", "K"},
    {"EI", "AI"},
    {"AI", "EI"},
    {"U", "OU"},
    {"I", "EE"}
  };

  private final Random random;

  MrzRespellings(long seed) {
    random = new Random(seed);
  }

  /** The name as the MRZ holds it: A-Z and spaces, at most 39 characters. */
  static String mrz(String name) {
    String s =
        org.openbmis.mrz.NameMatcher.matchKey(name)
            .toUpperCase(Locale.ROOT)
            .replaceAll("[^A-Z]+", " ")
            .strip();
    return s.length() <= 39 ? s : s.substring(0, 39).strip();
  }

  /** One or two spelling changes of an MRZ name, or the name itself when none applies. */
  String respell(String mrzName) {
    List<String> parts = new ArrayList<>(Arrays.asList(mrzName.split(" ")));
    boolean changed = false;
    List<Integer> known = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      if (NAMES.containsKey(parts.get(i))) {
        known.add(i);
      }
    }
    if (!known.isEmpty() && random.nextBoolean()) {
      int i = known.get(random.nextInt(known.size()));
      parts.set(i, NAMES.get(parts.get(i)));
      changed = true;
    }
    int al = parts.indexOf("AL");
    int abdul = parts.indexOf("ABDUL");
    int choice = random.nextInt(3);
    if (choice == 0 && al >= 0 && al + 1 < parts.size()) {
      if (random.nextBoolean()) {
        parts.remove(al); // AL dropped
      } else {
        parts.set(al, "AL" + parts.remove(al + 1)); // ALTIKRITI
      }
      changed = true;
    } else if (choice == 1 && abdul >= 0 && abdul + 1 < parts.size()) {
      parts.set(abdul, "ABDUL" + parts.remove(abdul + 1));
      changed = true;
    } else {
      int start = random.nextInt(LETTERS.length);
      for (int k = 0; k < LETTERS.length && !changed; k++) {
        String[] r = LETTERS[(start + k) % LETTERS.length];
        int p = random.nextInt(parts.size());
        String w = parts.get(p);
        int at = w.indexOf(r[0], 1);
        if (at > 0 && w.length() > 3) {
          parts.set(p, w.substring(0, at) + r[1] + w.substring(at + r[0].length()));
          changed = true;
        }
      }
    }
    return changed ? String.join(" ", parts) : mrzName;
  }
}
