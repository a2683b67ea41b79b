package org.openbmis.mrz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TransliterationTest {
  @Test
  void latin() {
    assertThat(IcaoTransliterator.transliterate("Müller-Lüdenscheidt"))
        .isEqualTo("MUELLER LUEDENSCHEIDT");
    assertThat(IcaoTransliterator.transliterate("D'Artagnan")).isEqualTo("DARTAGNAN");
    assertThat(IcaoTransliterator.transliterate("Straße Ĳsselmeer Øre Łódź"))
        .isEqualTo("STRASSE IJSSELMEER OERE LODZ");
    assertThat(IcaoTransliterator.transliterate("e\u0301cole")).isEqualTo("ECOLE");
  }

  @Test
  void cyrillicWithVariants() {
    assertThat(IcaoTransliterator.transliterate("Щукин Юрий")).isEqualTo("SHCHUKIN IURII");
    assertThat(IcaoTransliterator.transliterate("Милица")).isEqualTo("MILITSA");
    assertThat(IcaoTransliterator.transliterate("Милица", TransliterationVariant.SERBIAN))
        .isEqualTo("MILICA");
    assertThat(IcaoTransliterator.transliterate("Щука", TransliterationVariant.BULGARIAN))
        .isEqualTo("SHTUKA");
    assertThat(IcaoTransliterator.transliterate("Игорь", TransliterationVariant.UKRAINIAN))
        .isEqualTo("YGOR");
  }

  @Test
  void arabic() {
    assertThat(IcaoTransliterator.transliterate("محمود")).isEqualTo("MXHMWD");
    assertThat(IcaoTransliterator.transliterate("عبدالرحيم")).isEqualTo("EBDALRXHYM");
    assertThat(IcaoTransliterator.transliterate("فاطمة")).isEqualTo("FAXTTMXAH");
    assertThat(IcaoTransliterator.transliterate("محمّد")).isEqualTo("MXHMMD");
  }

  @Test
  void nameFieldTruncation() {
    assertThat(IcaoTransliterator.nameField("Nilavadhanananda", "Chayapa Dejthamrong Krasuang", 31))
        .isEqualTo("NILAVADHANANANDA<<CHAYAPA<DEJ<K");
    assertThat(IcaoTransliterator.nameField("", "Anna Maria", 15)).isEqualTo("<<ANNA<MARIA<<<");
    assertThat(IcaoTransliterator.nameField("Eriksson", null, 10)).isEqualTo("ERIKSSON<<");
    assertThat(IcaoTransliterator.toMrzText("Pat, Mat", 8)).isEqualTo("PAT<<MAT");
  }

  @Test
  void nameMatching() {
    assertThat(NameMatcher.matchKey("MÜLLER")).isEqualTo(NameMatcher.matchKey("MUELLER"));
    assertThat(NameMatcher.sameName("Müller", "MULLER")).isTrue();
    assertThat(NameMatcher.sameName("MUELLER<<HANS", "Müller Hans")).isTrue();
    assertThat(NameMatcher.sameName("Åse Ødegård", "AASE OEDEGAARD")).isTrue();
    assertThat(NameMatcher.sameName("Мюллер", "MIULLER")).isTrue();
    assertThat(NameMatcher.sameName("MULLER HANS", "HANS MULLER")).isFalse();
    assertThat(NameMatcher.matchKey("Smith-Jones")).isEqualTo("SMITH JONES");
  }

  @Test
  void countryCodes() {
    CountryCodes c = CountryCodes.standard();
    assertThat(c.isKnown("DEU")).isTrue();
    assertThat(c.isKnown("XXX")).isTrue();
    assertThat(c.isKnown("UTO")).isFalse();
    assertThat(c.isKnown("BOS")).isFalse();
    assertThat(c.name("GBD")).contains("British Overseas Territories Citizen");
    assertThat(c.isoAlpha3()).hasSize(249).contains("FRA").doesNotContain("D");
  }
}
