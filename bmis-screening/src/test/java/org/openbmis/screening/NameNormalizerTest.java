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
}
