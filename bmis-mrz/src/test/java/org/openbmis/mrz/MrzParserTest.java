package org.openbmis.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MrzParserTest {
  private static final String TD3 =
      "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
          + "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
  private final MrzParser parser = new MrzParser(TestData.CLOCK, false);

  @Test
  void readsEveryFieldOfTheIcaoSpecimen() {
    MrzResult r = new MrzParser(TestData.CLOCK, true).parse(TD3);
    assertThat(r.format()).isEqualTo(MrzFormat.TD3);
    assertThat(r.documentNumber()).isEqualTo("L898902C3");
    assertThat(r.primaryIdentifier()).isEqualTo("ERIKSSON");
    assertThat(r.secondaryIdentifier()).isEqualTo("ANNA MARIA");
    assertThat(r.sex()).isEqualTo(Sex.FEMALE);
    assertThat(r.dateOfBirth()).isEqualTo(LocalDate.of(1974, 8, 12));
    assertThat(r.optionalData()).isEqualTo("ZE184226B");
    assertThat(r.checkDigits()).hasSize(5);
    assertThat(r.valid()).isTrue();
    assertThat(r.statesKnown()).isTrue();
    assertThat(r.problems()).isEmpty();
    assertThat(r.corrections()).isEmpty();
  }

  @Test
  void specimenStateIsUnknownByDefault() {
    MrzResult r = parser.parse(TD3);
    assertThat(r.valid()).isTrue();
    assertThat(r.statesKnown()).isFalse();
    assertThat(r.problems())
        .extracting(MrzProblem::field)
        .containsExactly("issuingState", "nationality");
  }

  @Test
  void normalisesInput() {
    String messy = "\r\n  " + TD3.toLowerCase().replace("\n", " \r\n\r\n ") + "  \n";
    assertThat(parser.parse(messy).lines()).isEqualTo(parser.parse(TD3).lines());
  }

  @Test
  void rejectsTextWithoutMrzShape() {
    assertCode("", "mrz.empty");
    assertCode(null, "mrz.empty");
    assertCode("P<UTO", "mrz.line_count");
    assertCode(TD3 + "\n" + TD3, "mrz.line_count");
    assertCode(TD3.substring(0, 80), "mrz.line_length");
    assertCode(TD3.replace('K', '-'), "mrz.illegal_character");
    assertCode(TD3.replace('K', 'É'), "mrz.illegal_character");
  }

  private void assertCode(String text, String code) {
    assertThatThrownBy(() -> parser.parse(text))
        .isInstanceOfSatisfying(
            MrzSyntaxException.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  @Test
  void germanyIsD() {
    MrzResult r =
        parser.parse(
            "P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<\n"
                + "C01X0006H1D<<6408125F1710319<<<<<<<<<<<<<<<0");
    assertThat(r.issuingState()).isEqualTo("D");
    assertThat(r.nationality()).isEqualTo("D");
    assertThat(r.statesKnown()).isTrue();
    assertThat(r.checkDigits().get(CheckedField.OPTIONAL_DATA).note()).isEqualTo("empty field");
    assertThat(CountryCodes.standard().name("D<<")).contains("Germany");
    assertThat(r.valid()).isTrue();
  }

  @Test
  void longDocumentNumberInTd1() {
    MrzResult r =
        parser.parse(
            "IDBEL000590240<6013<<<<<<<<<<<\n"
                + "8512017F1311048BEL851201002007\n"
                + "REINARTZ<<ULRIKE<KATIA<E<<<<<<");
    assertThat(r.documentNumber()).isEqualTo("000590240601");
    assertThat(r.checkDigits().get(CheckedField.DOCUMENT_NUMBER).note())
        .isEqualTo("matched including filler");
    assertThat(r.optionalData2()).isEqualTo("85120100200");
    assertThat(r.valid()).isTrue();
  }

  @Test
  void invalidDatesAreReportedNotGuessed() {
    MrzResult r =
        parser.parse(
            "P<GBRUK<SPECIMEN<<ANGELA<ZOE<<<<<<<<<<<<<<<<\n"
                + "9250764733GBR8809417F2007162<<<<<<<<<<<<<<08");
    assertThat(r.dateOfBirth()).isNull();
    assertThat(r.rawDateOfBirth()).isEqualTo("880941");
    assertThat(r.datesValid()).isFalse();
    assertThat(r.problems()).extracting(MrzProblem::code).contains("mrz.date_invalid");
  }

  @Test
  void absentExpiryOfRussianInternalPassport() {
    MrzResult r =
        parser.parse(
            "PNRUSZDRIL7K<<SERGEQ<ANATOL9EVI3<<<<<<<<<<<<\n"
                + "3919353498RUS7207233M<<<<<<<4151218910003<50");
    assertThat(r.dateOfExpiry()).isNull();
    assertThat(r.datesValid()).isTrue();
    assertThat(r.valid()).isTrue();
    assertThat(r.corrections()).isEmpty();
  }

  @Test
  void frenchIdCard() {
    MrzResult r =
        parser.parse(
            "IDFRANEYRIER<<<<<<<<<<<<<<<<<<013029\n" + "2101133537444MICHEL<<JEAN<<8505279M1");
    assertThat(r.format()).isEqualTo(MrzFormat.FRENCH_ID);
    assertThat(r.secondaryIdentifier()).isEqualTo("MICHEL, JEAN");
    assertThat(r.optionalData()).isEqualTo("013029");
    assertThat(r.checkDigits())
        .containsOnlyKeys(
            CheckedField.DOCUMENT_NUMBER, CheckedField.DATE_OF_BIRTH, CheckedField.COMPOSITE);
    assertThat(r.valid()).isTrue();
  }
}
