package org.openbmis.app.biometrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openbmis.app.Passports;
import org.openbmis.app.TestAccounts;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** A post without a biometric key keeps inspecting: prints sent anyway are not an error. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "bmis.biometrics.key=")
@ActiveProfiles("test")
@Import(TestAccounts.class)
class InspectionWithoutBiometricKeyIT {

  @LocalServerPort int port;

  @Test
  void inspectsAndSaysNotAvailable() {
    String mrz = Passports.kenyan(Passports.nextNumber(), "Mwangi", "Neema");
    var r =
        new Multipart()
            .finger(1, BiometricFiles.nist(1))
            .file("photo", "face.jpg", BiometricFiles.face())
            .field("mrz", mrz)
            .post(port, TestAccounts.OFFICER, "/api/v1/inspections");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().get("biometrics").get("outcome").asString()).isEqualTo("NOT_AVAILABLE");
    assertThat(r.json().get("biometrics").has("photo")).isFalse();
    assertThat(r.json().get("document").get("documentNumber").asString()).isNotBlank();
  }
}
