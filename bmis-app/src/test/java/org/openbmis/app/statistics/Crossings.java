package org.openbmis.app.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.openbmis.app.ApiClient;
import org.openbmis.app.MutableClock;
import org.openbmis.app.Passports;

/**
 * Fixture: records crossings through the public desk API, with a keyed-in document per traveller.
 */
final class Crossings {

  private final ApiClient api;
  private final MutableClock clock;

  Crossings(ApiClient api, MutableClock clock) {
    this.api = api;
    this.clock = clock;
  }

  /**
   * A new traveller's document (keyed in) as the inspection request expects it. The given name is
   * made of the document number's digits spelt as letters: the desk matches a new document to an
   * earlier traveller by name, birth date and nationality, and tests sharing a database must not
   * share travellers (one test's later crossing would close another's stay).
   */
  static Map<String, Object> traveller(String nationality, String sex, int birthYear) {
    Map<String, Object> doc = new HashMap<>();
    String number = Passports.nextNumber();
    StringBuilder given = new StringBuilder("TRAVELLER ");
    number.chars().filter(Character::isDigit).forEach(d -> given.append((char) ('A' + d - '0')));
    doc.put("documentNumber", number);
    doc.put("issuingState", nationality);
    doc.put("nationality", nationality);
    doc.put("primaryIdentifier", "STAT");
    doc.put("secondaryIdentifier", given.toString());
    doc.put("dateOfBirth", LocalDate.of(birthYear, 6, 15).toString());
    doc.put("dateOfExpiry", "2099-01-01");
    doc.put("sex", sex);
    return doc;
  }

  /** Inspects the traveller, waits {@code seconds} on the clock, and records the decision. */
  String cross(
      String officer,
      Map<String, Object> doc,
      String direction,
      long seconds,
      Map<String, Object> decision) {
    var inspection =
        api.post(officer, "/api/v1/inspections", Map.of("document", doc, "direction", direction));
    assertThat(inspection.status()).as(inspection.body()).isEqualTo(201);
    clock.advance(Duration.ofSeconds(seconds));
    Map<String, Object> body = new HashMap<>(decision);
    body.put("direction", direction);
    var blocking = inspection.json().get("blocking");
    if ("ADMITTED".equals(decision.get("decision")) && blocking != null && !blocking.isEmpty()) {
      // a rule another test left in force (a visa required) blocks: these tests count crossings,
      // so the admission is an override (the posts allow officers to override while they run)
      java.util.List<String> codes = new java.util.ArrayList<>();
      blocking.forEach(b -> codes.add(b.get("code").asString()));
      body.put("override", Map.of("codes", codes, "reason", "statistics fixture"));
    }
    var d =
        api.post(
            officer,
            "/api/v1/inspections/" + inspection.json().get("id").asString() + "/decision",
            body);
    assertThat(d.status()).as(d.body()).isEqualTo(201);
    if (d.json().get("secondaryCaseId") != null) {
      // a referral records no movement: secondary admits the traveller, which records it
      var closed =
          api.post(
              officer,
              "/api/v1/secondary-cases/" + d.json().get("secondaryCaseId").asString() + "/outcome",
              Map.of("decision", "ADMITTED"));
      assertThat(closed.status()).as(closed.body()).isEqualTo(201);
      return closed.json().get("movementId").asString();
    }
    return d.json().get("movementId").asString();
  }

  static Map<String, Object> admitted(String purpose, String mode, String carrier) {
    return Map.of(
        "decision", "ADMITTED", "purpose", purpose, "transportMode", mode, "carrier", carrier);
  }

  static Map<String, Object> refused(String reason) {
    return Map.of("decision", "REFUSED", "refusalReason", reason);
  }

  /** Referred to secondary, and admitted there (the crossing's one movement is an admission). */
  static Map<String, Object> referred() {
    return Map.of("decision", "REFERRED");
  }
}
