package org.openbmis.screening;

import java.util.Locale;

/**
 * Pinyin to Wade-Giles for one syllable, as a Taiwanese or older passport writes it in the MRZ
 * (apostrophes and umlauts dropped: {@code qi} to {@code CHI}, {@code xue} to {@code HSUEH}, {@code
 * zhi} to {@code CHIH}). Written by hand: ICU has no Wade-Giles transliterator. Rules from the
 * standard conversion table (initials b p d t g k to p p t t k k, j q zh ch to ch, x to hs, z c to
 * ts, r to j; finals -ian -ien, -ie -ieh, -ong -ung, -uo -o, -ui -uei, -e -o after g k h, e alone
 * o, the apical -i as -ih or -u).
 */
final class WadeGiles {
  private WadeGiles() {}

  static String of(String pinyin) {
    String p = pinyin.toLowerCase(Locale.ROOT).replace("ü", "v");
    if (p.isEmpty() || !p.chars().allMatch(Character::isLetter)) {
      return pinyin.toUpperCase(Locale.ROOT);
    }
    String whole =
        switch (p) {
          case "zhi" -> "chih";
          case "chi" -> "chih";
          case "shi" -> "shih";
          case "ri" -> "jih";
          case "zi", "ci" -> "tzu";
          case "si" -> "ssu";
          case "e" -> "o";
          case "er" -> "erh";
          case "yi" -> "i";
          case "you" -> "yu";
          case "yan" -> "yen";
          case "ye" -> "yeh";
          case "yong" -> "yung";
          case "yue" -> "yueh";
          case "guo" -> "kuo";
          case "kuo" -> "kuo";
          case "huo" -> "huo";
          case "shuo" -> "shuo";
          case "gui" -> "kuei";
          case "kui" -> "kuei";
          default -> null;
        };
    if (whole != null) {
      return whole.toUpperCase(Locale.ROOT);
    }
    String initial = "";
    for (String i :
        new String[] {
          "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x",
          "z", "c", "s", "r", "y", "w"
        }) {
      if (p.startsWith(i)) {
        initial = i;
        break;
      }
    }
    String fin = p.substring(initial.length());
    boolean palatal = initial.equals("j") || initial.equals("q") || initial.equals("x");
    String wgInitial =
        switch (initial) {
          case "b" -> "p";
          case "d" -> "t";
          case "g" -> "k";
          case "zh", "j", "q" -> "ch";
          case "x" -> "hs";
          case "z", "c" -> "ts";
          case "r" -> "j";
          default -> initial;
        };
    String wgFinal = finalOf(fin, initial, palatal);
    return (wgInitial + wgFinal).toUpperCase(Locale.ROOT);
  }

  private static String finalOf(String f, String initial, boolean palatal) {
    if (palatal && f.startsWith("u")) {
      f = "v" + f.substring(1); // ju qu xu are jü qü xü
    }
    if (f.equals("e") && (initial.equals("g") || initial.equals("k") || initial.equals("h"))) {
      return "o";
    }
    if (f.equals("uo") && !initial.isEmpty()) {
      return "o";
    }
    return switch (f) {
      case "ian" -> "ien";
      case "ie" -> "ieh";
      case "ve" -> "ueh";
      case "ong" -> "ung";
      case "iong" -> "iung";
      case "ui" -> "ui";
      case "van" -> "uan";
      case "vn" -> "un";
      case "v" -> "u";
      default -> f.replace("v", "u");
    };
  }
}
