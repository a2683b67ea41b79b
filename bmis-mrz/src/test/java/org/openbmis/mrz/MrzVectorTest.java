package org.openbmis.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Every vector of {@code mrz/mrz_vectors.json}: format, fields, check digits, dates, states. */
class MrzVectorTest {
  private static final Map<String, CheckedField> CHECKS =
      Map.of(
          "document_number", CheckedField.DOCUMENT_NUMBER,
          "birth_date", CheckedField.DATE_OF_BIRTH,
          "expiry_date", CheckedField.DATE_OF_EXPIRY,
          "personal_number", CheckedField.OPTIONAL_DATA,
          "composite", CheckedField.COMPOSITE);
  private static final Map<String, String> NOTES =
      Map.of(
          "excluding_filler+including_filler", DocumentNumbers.BOTH,
          "excluding_filler", DocumentNumbers.EXCLUDING,
          "including_filler_only", DocumentNumbers.INCLUDING,
          "none", DocumentNumbers.NEITHER);

  private final MrzParser parser = new MrzParser(TestData.CLOCK, false);

  @TestFactory
  Stream<DynamicTest> everyVector() throws Exception {
    String json = Files.readString(TestData.dir().resolve("mrz/mrz_vectors.json"));
    JsonNode root = new ObjectMapper().readTree(json);
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode v : root.get("vectors")) {
      tests.add(DynamicTest.dynamicTest(v.get("id").asString(), () -> check(v)));
    }
    assertThat(tests).hasSize(root.get("count").asInt());
    return tests.stream();
  }

  private void check(JsonNode v) {
    List<String> lines = new ArrayList<>();
    v.get("lines").forEach(l -> lines.add(l.asString()));
    String text = String.join("\n", lines);
    if (v.get("format").isNull()) {
      assertThatThrownBy(() -> parser.parse(text))
          .isInstanceOf(MrzSyntaxException.class)
          .extracting(e -> ((MrzSyntaxException) e).code())
          .isEqualTo("mrz.line_length");
      return;
    }
    MrzResult r = parser.parse(text);
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(r.format().name()).isEqualTo(v.get("format").asString());
    fields(soft, r, v.get("parsed"));
    checkDigits(soft, r, v.get("check_digits"));
    soft.assertThat(r.checkDigitsValid())
        .as("all check digits")
        .isEqualTo(v.get("all_check_digits_valid").asBoolean());
    JsonNode dates = v.get("dates_plausible");
    soft.assertThat(r.dateOfBirth() != null)
        .as("birth date")
        .isEqualTo(dates.get("birth_date").asBoolean());
    if (dates.has("expiry_date")) {
      soft.assertThat(r.dateOfExpiry() != null)
          .as("expiry date")
          .isEqualTo(dates.get("expiry_date").asBoolean());
    }
    states(soft, r, v.get("state_codes"));
    soft.assertAll();
  }

  private static void fields(SoftAssertions soft, MrzResult r, JsonNode p) {
    Map<String, String> actual = new HashMap<>();
    actual.put("document_code", r.documentCode());
    actual.put("issuing_state", r.issuingState());
    actual.put("document_number", r.documentNumber());
    actual.put("primary_identifier", r.primaryIdentifier());
    actual.put("secondary_identifier", r.secondaryIdentifier());
    actual.put("nationality", r.nationality());
    actual.put("birth_date", r.rawDateOfBirth());
    actual.put("expiry_date", r.rawDateOfExpiry());
    actual.put("optional_data", r.optionalData());
    actual.put("optional_data_1", r.optionalData());
    actual.put("optional_data_2", r.optionalData2());
    actual.put("administrative_code", r.optionalData());
    for (Map.Entry<String, JsonNode> e : p.properties()) {
      String key = e.getKey();
      if (key.equals("document_number_overflow")) {
        continue;
      }
      String expected = e.getValue().asString();
      if (key.equals("sex")) {
        soft.assertThat(r.sex()).as(key).isEqualTo(Sex.fromMrz(expected.charAt(0)));
      } else if (key.startsWith("optional") || key.equals("administrative_code")) {
        soft.assertThat(actual.get(key)).as(key).isEqualTo(expected.strip());
      } else {
        soft.assertThat(actual.get(key)).as(key).isEqualTo(expected);
      }
    }
  }

  private static void checkDigits(SoftAssertions soft, MrzResult r, JsonNode c) {
    List<CheckedField> expectedKeys = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : c.properties()) {
      CheckedField field = CHECKS.get(e.getKey());
      expectedKeys.add(field);
      JsonNode x = e.getValue();
      CheckDigitResult a = r.checkDigits().get(field);
      soft.assertThat(a).as(field + " present").isNotNull();
      if (a == null) {
        continue;
      }
      soft.assertThat(a.digit())
          .as(field + " digit")
          .isEqualTo(x.get("digit").asString().charAt(0));
      soft.assertThat(a.valid()).as(field + " valid").isEqualTo(x.get("valid").asBoolean());
      String computed = x.get("computed").asString();
      if (x.has("matched")) {
        soft.assertThat(a.note())
            .as(field + " note")
            .isEqualTo(NOTES.get(x.get("matched").asString()));
        if (x.get("matched").asString().equals("including_filler_only")) {
          computed = x.get("computed_including_filler").asString();
        }
      }
      soft.assertThat(a.computed()).as(field + " computed").isEqualTo(Integer.parseInt(computed));
    }
    soft.assertThat(r.checkDigits().keySet())
        .as("check digits present")
        .containsExactlyInAnyOrderElementsOf(expectedKeys);
  }

  private static void states(SoftAssertions soft, MrzResult r, JsonNode s) {
    Map<String, String> fields =
        Map.of("issuing_state", "issuingState", "nationality", "nationality");
    for (Map.Entry<String, JsonNode> e : s.properties()) {
      String field = fields.get(e.getKey());
      boolean unknown =
          r.problems().stream()
              .anyMatch(p -> p.code().equals("mrz.unknown_state") && p.field().equals(field));
      soft.assertThat(!unknown)
          .as(field + " known")
          .isEqualTo(e.getValue().get("known").asBoolean());
    }
  }
}
