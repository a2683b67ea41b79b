package org.openbmis.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GeneratorTest {
  private static final LocalDate BIRTH = LocalDate.of(1974, 8, 12);
  private static final LocalDate EXPIRY = LocalDate.of(2012, 4, 15);
  private final MrzParser parser = new MrzParser(TestData.CLOCK, true);

  private static MrzFields fields(MrzFormat format, String code, String number, String optional) {
    return new MrzFields(
        format,
        code,
        "UTO",
        number,
        "Eriksson",
        "Anna María",
        "UTO",
        BIRTH,
        Sex.FEMALE,
        EXPIRY,
        optional);
  }

  @Test
  void reproducesTheIcaoSpecimens() {
    assertThat(MrzGenerator.generate(fields(MrzFormat.TD3, "P", "L898902C3", "ZE184226B")))
        .isEqualTo(
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                + "L898902C36UTO7408122F1204159ZE184226B<<<<<10");
    assertThat(MrzGenerator.generate(fields(MrzFormat.TD1, "I", "D23145890", "")))
        .isEqualTo(
            "I<UTOD231458907<<<<<<<<<<<<<<<\n"
                + "7408122F1204159UTO<<<<<<<<<<<6\n"
                + "ERIKSSON<<ANNA<MARIA<<<<<<<<<<");
    assertThat(MrzGenerator.generate(fields(MrzFormat.TD2, "I", "D23145890", "")))
        .isEqualTo("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6");
  }

  @Test
  void roundTripsEveryFormat() {
    for (MrzFormat format : MrzFormat.values()) {
      String number = format == MrzFormat.FRENCH_ID ? "1710GVA12345" : "X12345678";
      String code = format == MrzFormat.MRVA || format == MrzFormat.MRVB ? "V" : "I";
      MrzResult r = parser.parse(MrzGenerator.generate(fields(format, code, number, "AB12")));
      assertThat(r.format()).isEqualTo(format);
      assertThat(r.valid()).as(format.name()).isTrue();
      assertThat(r.documentNumber()).isEqualTo(number);
      assertThat(r.primaryIdentifier()).isEqualTo("ERIKSSON");
      String given = format == MrzFormat.FRENCH_ID ? "ANNA, MARIA" : "ANNA MARIA";
      assertThat(r.secondaryIdentifier()).isEqualTo(given);
      assertThat(r.dateOfBirth()).isEqualTo(BIRTH);
      assertThat(r.optionalData()).isEqualTo("AB12");
    }
  }

  @Test
  void longDocumentNumbersOverflowInTd1AndTd2() {
    for (MrzFormat format : new MrzFormat[] {MrzFormat.TD1, MrzFormat.TD2}) {
      MrzResult r = parser.parse(MrzGenerator.generate(fields(format, "ID", "D23145890734", "X")));
      assertThat(r.documentNumber()).isEqualTo("D23145890734");
      assertThat(r.optionalData()).isEqualTo("X");
      assertThat(r.valid()).isTrue();
    }
    assertThatThrownBy(() -> MrzGenerator.generate(fields(MrzFormat.TD3, "P", "D23145890734", "")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Fuzzing finding
   * (MrzFuzzTestInputs/generatedMrzParsesBackWithValidCheckDigits/crash-96c90c382befceb52c614ae6f14d0cc055a8940c):
   * an MRV-B written with a non-visa document code was read back as a TD2.
   */
  @Test
  void documentCodeThatContradictsTheFormatIsRefused() {
    assertThatThrownBy(() -> MrzGenerator.generate(fields(MrzFormat.MRVB, "A", "D23145890", "")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("starts with V");
    assertThatThrownBy(() -> MrzGenerator.generate(fields(MrzFormat.TD3, "V", "L898902C3", "")))
        .isInstanceOf(IllegalArgumentException.class);
    MrzFields frenchTd2 =
        new MrzFields(
            MrzFormat.TD2,
            "ID",
            "FRA",
            "D23145890",
            "Berthier",
            "Corinne",
            "FRA",
            BIRTH,
            Sex.FEMALE,
            EXPIRY,
            "");
    assertThatThrownBy(() -> MrzGenerator.generate(frenchTd2))
        .isInstanceOf(IllegalArgumentException.class);
    MrzFields visa = fields(MrzFormat.MRVB, "V", "D23145890", "");
    assertThat(parser.parse(MrzGenerator.generate(visa)).format()).isEqualTo(MrzFormat.MRVB);
  }

  /**
   * Fuzzing finding
   * (MrzFuzzTestInputs/generatedMrzParsesBackWithValidCheckDigits/crash-734f9f886bdba1f043cf63e3d8d9cdb6da42d0c3):
   * a long TD1/TD2 document number holding the filler was written, and its overflow could not be
   * read back (the document number check digit failed).
   */
  @Test
  void longDocumentNumberWithAFillerIsRefused() {
    assertThatThrownBy(() -> MrzGenerator.generate(fields(MrzFormat.TD1, "I", "D23145890<J7", "")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("filler");
    MrzResult ok =
        parser.parse(MrzGenerator.generate(fields(MrzFormat.TD1, "I", "D23145890J7", "")));
    assertThat(ok.documentNumber()).isEqualTo("D23145890J7");
    assertThat(ok.checkDigitsValid()).isTrue();
  }

  @Test
  void germanyAndCyrillicNames() {
    MrzFields f =
        new MrzFields(
            MrzFormat.TD3,
            "P",
            "D",
            "C01X0006H",
            "Мустерманн",
            "Эрика",
            "D",
            BIRTH,
            null,
            null,
            "");
    MrzResult r = parser.parse(MrzGenerator.generate(f));
    assertThat(r.lines().get(0)).startsWith("P<D<<MUSTERMANN<<ERIKA<");
    assertThat(r.sex()).isEqualTo(Sex.UNSPECIFIED);
    assertThat(r.dateOfExpiry()).isNull();
    assertThat(r.valid()).isTrue();
  }
}
