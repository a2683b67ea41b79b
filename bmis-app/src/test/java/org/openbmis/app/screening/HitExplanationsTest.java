package org.openbmis.app.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openbmis.screening.Confidentiality;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A stored explanation reads in the reader's language; names, dates and scores are untouched. */
class HitExplanationsTest {

  private static final String LINE =
      "name 0.93: MOHAMED ~ MUHAMMAD equivalent name (0.92), SAME ~ SAME same (1.00),"
          + " ALI not in list name";
  private static final String DOB =
      "date of birth agrees: 1970-01-01 vs listed 1970-01-01 (exact) (+0.05)";

  private final HitExplanations texts = new HitExplanations(bundles());

  private static ResourceBundleMessageSource bundles() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasenames("messages-screening");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }

  @Test
  void englishStaysAsWritten() {
    assertThat(texts.translate(LINE, Locale.ENGLISH)).isEqualTo(LINE);
    assertThat(texts.translate(DOB, Locale.ENGLISH)).isEqualTo(DOB);
  }

  @Test
  void portugueseAndArabicTranslateThePhrasesOnly() {
    assertThat(texts.translate(LINE, Locale.forLanguageTag("pt")))
        .isEqualTo(
            "nome 0.93: MOHAMED ~ MUHAMMAD nome equivalente (0.92), SAME ~ SAME igual (1.00),"
                + " ALI ausente do nome na lista");
    assertThat(texts.translate(DOB, Locale.forLanguageTag("pt")))
        .isEqualTo(
            "data de nascimento coincide: 1970-01-01 face à lista: 1970-01-01 (exata) (+0.05)");
    assertThat(texts.translate(DOB, Locale.forLanguageTag("ar")))
        .startsWith("تاريخ الميلاد يتفق: 1970-01-01")
        .doesNotContain("date of birth", "agrees", "vs listed", "exact");
  }

  @Test
  void aWithheldExplanationNamesTheConfidentialityInTheLanguage() {
    String withheld = Match.withheld(Confidentiality.SECRET);
    assertThat(texts.translate(withheld, Locale.FRENCH))
        .isEqualTo("détails non communiqués : l’alerte est secret");
    assertThat(texts.translate(withheld, Locale.forLanguageTag("es")))
        .isEqualTo("detalles no mostrados: la alerta es secreta");
  }
}
