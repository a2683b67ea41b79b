package org.openbmis.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openbmis.mrz.IcaoTransliterator;
import org.openbmis.mrz.NameMatcher;

class NameNormalizerTest {
  @Test
  void asciiFastPathAgreesWithIcaoOnEveryListName() throws IOException {
    for (PersonAlert a : Watchlists.fullLists()) {
      for (AlertName n : a.names()) {
        String fast = NameNormalizer.asciiKey(n.value());
        if (fast != null) {
          assertThat(fast)
              .as(n.value())
              .isEqualTo(NameMatcher.matchKey(IcaoTransliterator.transliterate(n.value())));
        }
      }
    }
  }

  @Test
  void particlesTitlesAndAbdForms() {
    assertThat(NameNormalizer.tokens("Dr. Ayman el-Zawahiri"))
        .containsExactly("AYMAN", "AL", "ZAWAHIRI");
    assertThat(NameNormalizer.tokens("Abdelrahman ad-Dagestani"))
        .containsExactly("ABDULRAHMAN", "AL", "DAGESTANI");
    assertThat(NameNormalizer.tokens("Abdurrahman Abou Ali"))
        .containsExactly("ABDULRAHMAN", "ABU", "ALI");
    assertThat(NameNormalizer.tokens("Müller-Lüdenscheidt"))
        .containsExactly("MULLER", "LUDENSCHEIDT");
  }

  @Test
  void cyrillicGivesIcaoAndOtherSchemes() {
    assertThat(NameNormalizer.variants("Щукин"))
        .extracting(l -> l.get(0))
        .contains("SHCHUKIN", "SCHUKIN");
    assertThat(Phonetics.fold("SHCHUKIN"))
        .isEqualTo(Phonetics.fold("SCHUKIN"))
        .isEqualTo(Phonetics.fold("SUKIN"));
  }

  /**
   * The ABD forms written out by hand give what the two regular expressions they replaced gave
   * ({@code ^ABD(?:U|E|OU|O|A|I)?L(?=[A-Z]{2})} to ABDUL, {@code ^ABD(?:U|E|OU|A)?([RSTNZD])\1} to
   * ABDUL and the letter), on every ABD spelling of the lists and on random ABD tokens.
   */
  @Test
  void abdFormsAsTheRegularExpressionsHadThem() throws IOException {
    java.util.Set<String> tokens = new java.util.TreeSet<>();
    for (PersonAlert a : Watchlists.fullLists()) {
      for (AlertName n : a.names()) {
        for (String t : NameMatcher.matchKey(n.value()).split(" ")) {
          if (t.startsWith("ABD")) {
            tokens.add(t);
          }
        }
      }
    }
    java.util.Random random = new java.util.Random(7);
    String letters = "ABDEILNORSTUZDLLRR";
    for (int i = 0; i < 50_000; i++) {
      StringBuilder b = new StringBuilder("ABD");
      int n = 1 + random.nextInt(7);
      for (int k = 0; k < n; k++) {
        b.append(letters.charAt(random.nextInt(letters.length())));
      }
      tokens.add(b.toString());
    }
    assertThat(tokens).hasSizeGreaterThan(10_000);
    for (String t : tokens) {
      assertThat(NameNormalizer.canonicalToken(t)).as(t).isEqualTo(byRegex(t));
    }
  }

  private static final java.util.regex.Pattern ABD_L =
      java.util.regex.Pattern.compile("^ABD(?:U|E|OU|O|A|I)?L(?=[A-Z]{2})");
  private static final java.util.regex.Pattern ABD_SUN =
      java.util.regex.Pattern.compile("^ABD(?:U|E|OU|A)?([RSTNZD])\\1");

  private static String byRegex(String t) {
    if (t.length() > 5) {
      java.util.regex.Matcher m = ABD_L.matcher(t);
      if (m.find()) {
        return "ABDUL" + t.substring(m.end());
      }
      m = ABD_SUN.matcher(t);
      if (m.find()) {
        return "ABDUL" + m.group(1) + t.substring(m.end());
      }
    }
    return t;
  }
}
