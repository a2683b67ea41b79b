package org.openbmis.app.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Country names come from CLDR in the reader's language; ICAO's own codes from the bundles. */
class CountryNamesTest {

  private final CountryNames countries = new CountryNames(bundles());

  private static ResourceBundleMessageSource bundles() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasename("messages");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }

  private String in(String code, String lang) {
    return countries.name(code, Locale.forLanguageTag(lang));
  }

  @Test
  void countriesAreNamedInEachLanguage() {
    assertThat(in("KEN", "en")).isEqualTo("Kenya");
    assertThat(in("KEN", "fr")).isEqualTo("Kenya");
    assertThat(in("DEU", "es")).isEqualTo("Alemania");
    assertThat(in("KEN", "pt")).isEqualTo("Quénia");
    assertThat(in("KEN", "pt-BR")).isEqualTo("Quênia");
    assertThat(in("KEN", "ar")).isEqualTo("كينيا");
    assertThat(in("GBR", "fr")).isEqualTo("Royaume-Uni");
  }

  @Test
  void icaoCodesThatAreNotIsoCodes() {
    assertThat(in("D", "pt")).isEqualTo("Alemanha");
    assertThat(in("D<<", "en")).isEqualTo("Germany");
    assertThat(in("RKS", "en")).isEqualTo("Kosovo");
    assertThat(in("XXA", "fr")).isEqualTo("Apatride");
    assertThat(in("XXA", "ar")).isEqualTo("عديم الجنسية");
    assertThat(in("UNO", "es")).isEqualTo("Naciones Unidas");
  }

  @Test
  void unknownCodesStayCodes() {
    assertThat(in("QQQ", "en")).isEqualTo("QQQ");
    assertThat(in(null, "en")).isEmpty();
    assertThat(in("  ", "ar")).isEmpty();
  }
}
