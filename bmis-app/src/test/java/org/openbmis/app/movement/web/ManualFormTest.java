package org.openbmis.app.movement.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openbmis.app.document.ManualDocument;

/** Dates keyed in by hand are read in one order only, year-month-day, and never guessed. */
class ManualFormTest {

  @ParameterizedTest
  @ValueSource(strings = {"1974-08-12", " 1974-08-12 "})
  void readsAYearMonthDayDate(String typed) {
    Map<String, String> errors = new LinkedHashMap<>();
    ManualDocument doc = form(typed, "2031-01-31").toDocument(errors);
    assertThat(errors).isEmpty();
    assertThat(doc).isNotNull();
    assertThat(doc.dateOfBirth()).isEqualTo(LocalDate.of(1974, 8, 12));
    assertThat(doc.dateOfExpiry()).isEqualTo(LocalDate.of(2031, 1, 31));
  }

  @ParameterizedTest
  @CsvSource({
    "12/08/1974, validation.date",
    "08/12/1974, validation.date",
    "12.08.1974, validation.date",
    "74-08-12, validation.date",
    "1974-8-12, validation.date",
    "19740812, validation.date",
    "1974-08-12T00:00, validation.date",
    "+1974-08-12, validation.date",
    "١٩٧٤-٠٨-١٢, validation.date",
    "1974-02-30, validation.date_unreal",
    "1974-13-01, validation.date_unreal",
    "1974-00-10, validation.date_unreal"
  })
  void refusesAnyOtherOrderOrAnUnrealDate(String typed, String code) {
    Map<String, String> errors = new LinkedHashMap<>();
    assertThat(form(typed, typed).toDocument(errors)).isNull();
    assertThat(errors).containsEntry("dateOfBirth", code).containsEntry("dateOfExpiry", code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void theBirthDateIsRequiredTheExpiryIsNot(String typed) {
    Map<String, String> errors = new LinkedHashMap<>();
    assertThat(form(typed, typed).toDocument(errors)).isNull();
    assertThat(errors).containsOnlyKeys("dateOfBirth").containsValue("validation.required");
  }

  private static ManualForm form(String birth, String expiry) {
    ManualForm f = new ManualForm();
    f.setDocumentNumber("X1234567");
    f.setIssuingState("KEN");
    f.setPrimaryIdentifier("TESTER");
    f.setDateOfBirth(birth);
    f.setDateOfExpiry(expiry);
    return f;
  }
}
