package org.openbmis.mrz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code check_digit_vectors.csv}, {@code name_encoding_vectors.csv} and the table CSVs. */
class CsvVectorTest {

  private static List<List<String>> rows(Path file) throws Exception {
    return Files.readAllLines(file).stream()
        .skip(1)
        .filter(l -> !l.isBlank())
        .map(CountryCodes::splitCsv)
        .toList();
  }

  @Test
  void checkDigitVectors() throws Exception {
    List<List<String>> rows = rows(TestData.dir().resolve("mrz/check_digit_vectors.csv"));
    assertThat(rows).hasSize(14);
    for (List<String> r : rows) {
      String input = r.get(0);
      char digit = r.get(1).charAt(0);
      assertThat(CheckDigit.compute(input)).as(input).isEqualTo(Integer.parseInt(r.get(3)));
      assertThat(CheckDigit.isValid(input, digit))
          .as(input)
          .isEqualTo(Boolean.parseBoolean(r.get(2)));
    }
  }

  /**
   * Every row. Rows naming a Cyrillic dictionary use the matching {@link TransliterationVariant};
   * {@code single-string-to-mrz} rows use {@link IcaoTransliterator#toMrzText(String, int)}.
   */
  @Test
  void nameEncodingVectors() throws Exception {
    List<List<String>> rows = rows(TestData.dir().resolve("mrz/name_encoding_vectors.csv"));
    assertThat(rows).hasSize(28);
    for (List<String> r : rows) {
      int length = Integer.parseInt(r.get(4));
      String expected = r.get(5);
      String actual =
          r.get(0).equals("single-string-to-mrz")
              ? IcaoTransliterator.toMrzText(r.get(1), length)
              : IcaoTransliterator.nameField(r.get(1), r.get(2), length, variant(r.get(3)));
      assertThat(actual).as(r.toString()).isEqualTo(expected);
    }
  }

  private static TransliterationVariant variant(String dictionary) {
    return switch (dictionary) {
      case "cyrillic_serbian" -> TransliterationVariant.SERBIAN;
      case "cyrillic_ukrainian" -> TransliterationVariant.UKRAINIAN;
      default -> TransliterationVariant.ICAO;
    };
  }

  @Test
  void latinTableAgreesWithCsv() throws Exception {
    for (List<String> r : rows(TestData.dir().resolve("transliteration/icao9303_latin.csv"))) {
      assertThat(IcaoTransliterator.transliterate(r.get(1))).as(r.toString()).isEqualTo(r.get(3));
      String lower = r.get(1).toLowerCase(java.util.Locale.ROOT);
      assertThat(IcaoTransliterator.transliterate(lower)).as("lower " + r).isEqualTo(r.get(3));
    }
  }

  @Test
  void cyrillicTableAgreesWithCsv() throws Exception {
    for (List<String> r : rows(TestData.dir().resolve("transliteration/icao9303_cyrillic.csv"))) {
      assertThat(IcaoTransliterator.transliterate("А" + r.get(0) + "А"))
          .as(r.toString())
          .isEqualTo("A" + r.get(1) + "A");
    }
  }

  /** Arabic rows: the main column; ta marbuta and shadda are context rules tested elsewhere. */
  @Test
  void arabicTableAgreesWithCsv() throws Exception {
    for (List<String> r : rows(TestData.dir().resolve("transliteration/icao9303_arabic.csv"))) {
      if (r.get(0).equals("U+0629") || r.get(0).equals("U+0651")) {
        continue;
      }
      assertThat(IcaoTransliterator.transliterate("ب" + r.get(1) + "ب"))
          .as(r.toString())
          .isEqualTo("B" + r.get(3) + "B");
    }
  }

  @Test
  void countryCodesAgreeWithCsv() throws Exception {
    List<List<String>> iso = rows(TestData.dir().resolve("countries/iso3166_1_alpha3.csv"));
    assertThat(CountryCodes.standard().isoAlpha3()).hasSize(iso.size());
    for (List<String> r : iso) {
      assertThat(CountryCodes.standard().isKnown(r.get(0))).as(r.get(0)).isTrue();
    }
  }
}
