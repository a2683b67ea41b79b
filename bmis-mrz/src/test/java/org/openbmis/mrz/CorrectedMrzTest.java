package org.openbmis.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@link MrzParser#corrected}: the MRZ with the proposed OCR corrections applied, nothing else. */
class CorrectedMrzTest {
  private final MrzParser parser = new MrzParser(TestData.CLOCK, true);

  private static final String SPECIMEN =
      "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
          + "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

  @Test
  void aLetterOInTheBirthDateBecomesTheDigitAndTheDateReads() {
    String misread = SPECIMEN.replace("7408122F", "74O8122F");
    MrzResult before = parser.parse(misread);
    assertThat(before.dateOfBirth()).isNull();
    assertThat(before.corrections())
        .extracting(MrzCorrection::field, MrzCorrection::proposed)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("dateOfBirth", "740812"));

    String fixed = parser.corrected(misread).orElseThrow();
    assertThat(fixed).isEqualTo(SPECIMEN);
    MrzResult after = parser.parse(fixed);
    assertThat(after.dateOfBirth()).isEqualTo(LocalDate.of(1974, 8, 12));
    assertThat(after.checkDigitsValid()).isTrue();
    assertThat(after.corrections()).isEmpty();
  }

  @Test
  void everyProposalIsAppliedAndOnlyThose() {
    String misread =
        "P<UT0ERIK55ON<<ANNA<MAR1A<<<<<<<<<<<<<<<<<<<\n"
            + "L898902C36UTO740BIZZF12041S9ZE184226B<<<<<1O";
    String fixed = parser.corrected(misread).orElseThrow();
    MrzResult after = parser.parse(fixed);
    assertThat(after.issuingState()).isEqualTo("UTO");
    assertThat(after.primaryIdentifier()).isEqualTo("ERIKSSON");
    assertThat(after.secondaryIdentifier()).isEqualTo("ANNA MARIA");
    assertThat(after.dateOfBirth()).isEqualTo(LocalDate.of(1974, 8, 12));
    assertThat(after.checkDigitsValid()).isTrue();
    // the sex character and everything not proposed is as read
    assertThat(fixed.split("\n")[1].charAt(20)).isEqualTo(misread.split("\n")[1].charAt(20));
    assertThat(fixed.length()).isEqualTo(misread.length());
  }

  @Test
  void aDocumentNumberSwapFoundByTheCheckDigits() {
    String misread = SPECIMEN.replace("L898902C3", "L8989O2C3");
    assertThat(parser.corrected(misread)).contains(SPECIMEN);
  }

  @Test
  void nothingProposedNothingCorrected() {
    assertThat(parser.corrected(SPECIMEN)).isEmpty();
    assertThat(parser.corrected(" " + SPECIMEN.toLowerCase() + " \r\n")).isEmpty();
  }

  @Test
  void textThatIsNoMrzIsRefusedAsByParse() {
    assertThatThrownBy(() -> parser.corrected("NOT AN MRZ")).isInstanceOf(MrzSyntaxException.class);
  }
}
