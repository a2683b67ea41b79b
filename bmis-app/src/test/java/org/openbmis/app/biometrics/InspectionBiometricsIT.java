package org.openbmis.app.biometrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbmis.app.ApiClient;
import org.openbmis.app.Passports;
import org.openbmis.app.TestAccounts;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * Biometrics in the inspection response ({@code POST /api/v1/inspections}, multipart), on H2 with
 * the real NIST card prints: enrolment at the first crossing, match and no match later with the
 * score and the fingers compared, a fingerprint alert hit that blocks admission like a name hit,
 * and rejected input. A node without a biometric key: {@link InspectionWithoutBiometricKeyIT}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class InspectionBiometricsIT {

  @LocalServerPort int port;

  private ApiClient.Response inspect(String mrz, Multipart parts) {
    return parts.field("mrz", mrz).post(port, TestAccounts.OFFICER, "/api/v1/inspections");
  }

  private ApiClient.Response decide(JsonNode inspection, String decision) {
    return new ApiClient(port)
        .post(
            TestAccounts.OFFICER,
            "/api/v1/inspections/" + inspection.get("id").asString() + "/decision",
            Map.of("decision", decision, "purpose", "TOURISM", "transportMode", "AIR"));
  }

  @Test
  void enrolsAtTheFirstCrossingThenShowsMatchOrNoMatchWithScoreAndFingers() {
    String mrz = Passports.kenyan(Passports.nextNumber(), "Wanjiru", "Amani");
    var entry =
        inspect(
            mrz,
            new Multipart()
                .finger(1, BiometricFiles.nist(1))
                .field("missing", "9:AMPUTATED")
                .file("photo", "face.jpg", BiometricFiles.face()));
    assertThat(entry.status()).as(entry.body()).isEqualTo(201);
    JsonNode bio = entry.json().get("biometrics");
    assertThat(bio.get("outcome").asString()).isEqualTo("ENROLLED");
    assertThat(bio.get("enrolled").get(0).asString()).isEqualTo("RIGHT_THUMB");
    assertThat(bio.get("missing").get(0).asString()).isEqualTo("LEFT_RING:AMPUTATED");
    assertThat(bio.has("match")).as("no 1:1 at enrolment").isFalse();
    assertThat(bio.get("photo").get("id").asString()).isNotBlank();
    assertThat(bio.get("photos")).hasSize(1);
    // the document checks are in the same response
    assertThat(entry.json().get("document").get("documentNumber").asString()).isNotBlank();
    assertThat(decide(entry.json(), "ADMITTED").status()).isEqualTo(201);

    // exit: the plain impression of the same thumb
    var exit = inspect(mrz, new Multipart().finger(1, BiometricFiles.nistPng(11)));
    assertThat(exit.status()).as(exit.body()).isEqualTo(201);
    bio = exit.json().get("biometrics");
    assertThat(bio.get("outcome").asString()).isEqualTo("MATCH");
    assertThat(bio.get("match").asBoolean()).isTrue();
    assertThat(bio.get("score").asDouble()).isGreaterThan(bio.get("threshold").asDouble());
    assertThat(bio.get("fingers").get(0).get("probe").asString()).isEqualTo("RIGHT_THUMB");
    assertThat(bio.get("fingers").get(0).get("reference").asString()).isEqualTo("RIGHT_THUMB");
    assertThat(bio.get("duplicateSearch").asBoolean()).isFalse();
    assertThat(exit.json().get("warnings").findValuesAsString("code"))
        .doesNotContain("biometrics.no_match");
    assertThat(decide(exit.json(), "ADMITTED").status()).isEqualTo(201);

    // another finger presented as the right thumb: no match, a warning, a duplicate search
    var impostor = inspect(mrz, new Multipart().finger("RIGHT_THUMB", BiometricFiles.nist(6)));
    assertThat(impostor.status()).as(impostor.body()).isEqualTo(201);
    bio = impostor.json().get("biometrics");
    assertThat(bio.get("outcome").asString()).isEqualTo("NO_MATCH");
    assertThat(bio.get("match").asBoolean()).isFalse();
    assertThat(bio.get("score").asDouble()).isLessThan(bio.get("threshold").asDouble());
    assertThat(bio.get("fingers").get(0).get("probe").asString()).isEqualTo("RIGHT_THUMB");
    assertThat(bio.get("duplicateSearch").asBoolean()).isTrue();
    assertThat(impostor.json().get("warnings").findValuesAsString("code"))
        .contains("biometrics.no_match");
  }

  @Test
  void aFingerprintAlertHitIsAScreeningHitAndPreventsAdmission() {
    String reference = "FP-" + Passports.nextNumber();
    var alert =
        new Multipart()
            .finger("LEFT_THUMB", BiometricFiles.nist(6))
            .post(
                port,
                TestAccounts.SUPERVISOR,
                "/api/v1/biometrics/alerts/NATIONAL/" + reference + "/fingerprints");
    assertThat(alert.status()).as(alert.body()).isEqualTo(201);

    String mrz = Passports.kenyan(Passports.nextNumber(), "Otieno", "Baraka");
    var r = inspect(mrz, new Multipart().finger(6, BiometricFiles.nistPng(12)));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    JsonNode hits = r.json().get("biometrics").get("alertHits");
    // other tests of this context may have put the same finger on other alerts
    assertThat(hits.valueStream().map(h -> h.get("reference").asString())).contains(reference);
    JsonNode screening = r.json().get("screening");
    assertThat(screening.get("blocksAdmission").asBoolean()).isTrue();
    assertThat(screening.get("hits").findValuesAsString("sourceId")).contains(reference);
    assertThat(r.json().get("warnings").findValuesAsString("code"))
        .contains("screening.hit_blocking");

    var admitted = decide(r.json(), "ADMITTED");
    assertThat(admitted.status()).as(admitted.body()).isEqualTo(422);
    assertThat(admitted.code()).isEqualTo("movement.override_required");
    assertThat(decide(r.json(), "REFERRED_TO_SECONDARY").status()).isEqualTo(201);

    var open = new ApiClient(port).get(TestAccounts.SUPERVISOR, "/api/v1/screening/hits");
    assertThat(open.status()).as(open.body()).isEqualTo(200);
    assertThat(open.body()).contains(reference).contains("BIOMETRIC");
  }

  @Test
  void withoutBiometricPartsTheInspectionSaysNotCaptured() {
    var r =
        new ApiClient(port)
            .post(
                TestAccounts.OFFICER,
                "/api/v1/inspections",
                Map.of("mrz", Passports.kenyan(Passports.nextNumber(), "Kamau", "Zawadi")));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().get("biometrics").get("outcome").asString()).isEqualTo("NOT_CAPTURED");
    assertThat(r.json().get("biometrics").get("fingers")).isEmpty();
  }

  @Test
  void rejectedInputIsAProblemDetailAndStartsNothing() {
    String mrz = Passports.kenyan(Passports.nextNumber(), "Chebet", "Imani");
    var blank = inspect(mrz, new Multipart().finger(2, BiometricFiles.blankPng(400, 400)));
    assertThat(blank.status()).as(blank.body()).isEqualTo(422);
    assertThat(blank.code()).startsWith("biometrics.");

    var position = inspect(mrz, new Multipart().finger(13, BiometricFiles.nist(1)));
    assertThat(position.status()).isEqualTo(422);
    assertThat(position.code()).isEqualTo("biometrics.position");

    var noDocument =
        new Multipart()
            .finger(1, BiometricFiles.nist(1))
            .post(port, TestAccounts.OFFICER, "/api/v1/inspections");
    assertThat(noDocument.status()).isEqualTo(422);
    assertThat(noDocument.code()).isEqualTo("movement.document_required");

    // nothing was enrolled by the rejected calls: the first capture that works enrols
    var ok = inspect(mrz, new Multipart().finger(1, BiometricFiles.nist(1)));
    assertThat(ok.status()).as(ok.body()).isEqualTo(201);
    assertThat(ok.json().get("traveller").get("newTraveller").asBoolean()).isTrue();
    assertThat(ok.json().get("biometrics").get("outcome").asString()).isEqualTo("ENROLLED");
  }
}
