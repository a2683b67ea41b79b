package org.openbmis.mrz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OcrCorrectorTest {
  private final MrzParser parser = new MrzParser(TestData.CLOCK, true);

  private Map<String, String> proposals(String mrz) {
    return parser.parse(mrz).corrections().stream()
        .collect(Collectors.toMap(MrzCorrection::field, MrzCorrection::proposed));
  }

  @Test
  void fixesDatesNamesAndCodesByFieldType() {
    Map<String, String> p =
        proposals(
            "P<UT0ERIK55ON<<ANNA<MAR1A<<<<<<<<<<<<<<<<<<<\n"
                + "L898902C36UTO740BIZZF12041S9ZE184226B<<<<<1O");
    assertThat(p)
        .containsEntry("issuingState", "UTO")
        .containsEntry("primaryIdentifier", "ERIKSSON")
        .containsEntry("secondaryIdentifier", "ANNA MARIA")
        .containsEntry("dateOfBirth", "740812")
        .containsEntry("dateOfExpiry", "120415")
        .containsEntry("dateOfBirth.checkDigit", "2")
        .containsEntry("composite.checkDigit", "0");
  }

  @Test
  void neverChangesTheParsedFields() {
    MrzResult r =
        parser.parse(
            "IDCHEA1234567<6<<<<<<<<<<<<<<<\n"
                + "7SIOZSGMZOO90IBCHE<<<<<<<<<<<B\n"
                + "5M1TH<<J0HN<AL8ERT<<<<<<<<<<<<");
    assertThat(r.rawDateOfBirth()).isEqualTo("7SIOZS");
    assertThat(r.dateOfBirth()).isNull();
    assertThat(r.valid()).isFalse();
    assertThat(r.corrections())
        .extracting(MrzCorrection::field, MrzCorrection::proposed)
        .contains(
            org.assertj.core.groups.Tuple.tuple("dateOfBirth", "751025"),
            org.assertj.core.groups.Tuple.tuple("dateOfExpiry", "200901"),
            org.assertj.core.groups.Tuple.tuple("primaryIdentifier", "SMITH"));
  }

  @Test
  void documentNumberSwapConstrainedByCheckDigits() {
    Map<String, String> p =
        proposals(
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                + "L8989O2C36UTO7408122F1204159ZE184226B<<<<<10");
    assertThat(p).containsExactly(Map.entry("documentNumber", "L898902C3"));
  }

  @Test
  void frenchIdNumericPartsAndNames() {
    Map<String, String> p =
        proposals(
            "1DFRATE5T<NAME<<<<<<<<<<<<<<<<0CHE02\n" + "I7I0GVA123451RO8ERTA<<<<<<<9IIZ3IIF2");
    assertThat(p)
        .containsEntry("documentCode", "ID")
        .containsEntry("documentNumber", "1710GVA12345")
        .containsEntry("primaryIdentifier", "TEST NAME")
        .containsEntry("secondaryIdentifier", "ROBERTA")
        .containsEntry("dateOfBirth", "911231");
  }

  @Test
  void noProposalWhenAmbiguousOrNotARealDate() {
    assertThat(
            parser
                .parse(
                    "ITNLDPS99106567SNP3048542022<<\n"
                        + "8511250M2904076RUS<1<89<<<<<<7\n"
                        + "ERIKSSON<<ANNA<MARIA<<<<<<<<<<")
                .corrections())
        .isEmpty();
    Map<String, String> p =
        proposals(
            "P<GBRUK<SPECIMEN<<ANGELA<ZOE<<<<<<<<<<<<<<<<\n"
                + "9250764733GBRBB09117F2ZZ7162<<<<<<<<<<<<<<08");
    assertThat(p).containsEntry("dateOfBirth", "880911").doesNotContainKey("dateOfExpiry");
  }

  @Test
  void russianInternalPassportNamesAreCodedWithDigits() {
    assertThat(
            parser
                .parse(
                    "PNRUSZDRIL7K<<SERGEQ<ANATOL9EVI3<<<<<<<<<<<<\n"
                        + "3919353498RUS7207233M<<<<<<<4151218910003<50")
                .problems())
        .extracting(MrzProblem::code)
        .doesNotContain("mrz.field_character");
  }
}
