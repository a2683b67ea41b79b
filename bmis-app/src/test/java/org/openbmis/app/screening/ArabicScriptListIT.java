package org.openbmis.app.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbmis.app.ApiClient;
import org.openbmis.app.TestAccounts;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * Issue 26: a national list written in Arabic script, imported through the list import API (the
 * national CSV template), hits the traveller whose passport spells the name in Latin letters, and
 * the hit shows both spellings and how they relate.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class ArabicScriptListIT {
  private static final String CSV =
      "id,surname,given_names,aliases,date_of_birth,nationalities,sex,document_numbers,reason,"
          + "issuing_agency,action,valid_from,valid_until,confidentiality\n"
          + "AR-1,التكريتي,صدام حسين,,1937-04-28,IRQ,M,,test,MOI,,,,\n"
          + "AR-2,الزهراني,عبد الرحمن محمود,,1980-02-11,SAU,M,,test,MOI,,,,\n";

  @LocalServerPort int port;

  @Test
  void anArabicScriptNationalListHitsTheLatinNamesOfThePassport() {
    ScreeningClient client = new ScreeningClient(port);
    String list = client.createList("NAT", "PERSON", "REFER_TO_SECONDARY", 0.85);
    ApiClient.Response imported =
        new ApiClient(port)
            .upload(
                TestAccounts.ADMIN,
                "/api/v1/alert-lists/" + list + "/imports?format=csv",
                CSV.getBytes(StandardCharsets.UTF_8));
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    assertThat(imported.json().get("added").asInt()).isEqualTo(2);

    JsonNode saddam = check("AL TIKRITI", "SADDAM HUSSAIN", "1937-04-28", "IRQ");
    JsonNode hit = ScreeningClient.hit(saddam, list, "AR-1");
    assertThat(hit).as(saddam.toString()).isNotNull();
    assertThat(hit.get("explanation").asString())
        .contains("صدام", "SADDAM", "Arabic skeleton S-D-M", "حسين", "HUSSAIN");

    JsonNode joined = check("ZAHRANI", "ABDULRAHMAN MAHMOUD", "1980", "SAU");
    assertThat(ScreeningClient.hit(joined, list, "AR-2")).as(joined.toString()).isNotNull();

    JsonNode other = check("HASSAN", "SAMIR", "1937-04-28", "IRQ");
    assertThat(other.get("hits").toString()).doesNotContain(list);
  }

  private JsonNode check(String surname, String given, String dob, String nationality) {
    var r =
        new ApiClient(port)
            .post(
                TestAccounts.OFFICER,
                "/api/v1/screening/check",
                Map.of(
                    "primaryIdentifier",
                    surname,
                    "secondaryIdentifier",
                    given,
                    "dateOfBirth",
                    dob,
                    "nationality",
                    nationality));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }
}
