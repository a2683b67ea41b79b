package org.openbmis.app.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.openbmis.app.shared.InvalidInputProblem;

class DocumentServiceTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
  final DocumentService strict = new DocumentService(new DocumentProperties(90, false), CLOCK);

  @Test
  void theExpiredIcaoSpecimenWarnsOfExpiryAndOfAnUnknownState() {
    DocumentReading d =
        strict.read(
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10");
    assertThat(d.valid()).isTrue();
    assertThat(d.issuingStateKnown()).isFalse();
    assertThat(strict.warnings(d, TODAY))
        .extracting(DocumentWarning::code)
        .contains(
            "document.expired", "document.unknown_issuing_state", "document.unknown_nationality");
  }

  @Test
  void aBadCheckDigitIsAnAlertNotAnError() {
    DocumentReading d =
        strict.read(
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C37UTO7408122F1204159ZE184226B<<<<<10");
    assertThat(d.valid()).isFalse();
    assertThat(d.checkDigits()).containsEntry("documentNumber", false);
    assertThat(strict.warnings(d, TODAY))
        .extracting(DocumentWarning::code)
        .contains("document.check_digit_invalid");
    assertThat(strict.warnings(d, TODAY).get(0).severity()).isEqualTo("ALERT");
  }

  @Test
  void aDocumentExpiringWithinTheWindowIsFlagged() {
    var manual =
        new ManualDocument(
            "P",
            "AB1234567",
            "KEN",
            "KEN",
            "Otieno",
            "Brian",
            LocalDate.of(1990, 1, 1),
            TODAY.plusDays(30),
            "M");
    var d = strict.readManual(manual);
    assertThat(strict.warnings(d, TODAY))
        .extracting(DocumentWarning::code)
        .contains("document.expiring_soon", "document.keyed_in");
  }

  @Test
  void manualNamesAreTransliteratedToTheMrzAlphabet() {
    var manual =
        new ManualDocument(
            null,
            "AB1234567",
            "DEU",
            null,
            "Müller",
            "Jürgen",
            LocalDate.of(1970, 5, 1),
            null,
            null);
    var d = strict.readManual(manual);
    assertThat(d.primaryIdentifier()).isEqualTo("MUELLER");
    assertThat(d.secondaryIdentifier()).isEqualTo("JUERGEN");
    assertThat(d.nationality()).isEqualTo("DEU");
  }

  @Test
  void textThatIsNotAnMrzIsInvalidInput() {
    assertThatThrownBy(() -> strict.read("not an mrz"))
        .isInstanceOf(InvalidInputProblem.class)
        .hasFieldOrPropertyWithValue("code", "document.mrz_syntax");
  }
}
