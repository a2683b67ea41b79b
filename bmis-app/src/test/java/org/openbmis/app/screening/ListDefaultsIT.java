package org.openbmis.app.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbmis.app.ApiClient;
import org.openbmis.app.TestAccounts;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A new list refers to secondary unless told otherwise; a file in another format than the one
 * picked is refused with a clear code and leaves no version behind (ADR 0021).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class ListDefaultsIT {

  @LocalServerPort int port;

  private String create(String kind) {
    String code = ScreeningClient.code("DEF");
    var r =
        new ApiClient(port)
            .post(
                TestAccounts.ADMIN,
                "/api/v1/alert-lists",
                Map.of("code", code, "name", "Defaults " + code, "kind", kind));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().get("defaultAction").asString()).isEqualTo("REFER_TO_SECONDARY");
    return r.json().get("code").asString();
  }

  private ApiClient.Response upload(String list, String format, byte[] body) {
    return new ApiClient(port)
        .upload(
            TestAccounts.ADMIN, "/api/v1/alert-lists/" + list + "/imports?format=" + format, body);
  }

  private int versions(String list) {
    var r =
        new ApiClient(port).get(TestAccounts.ADMIN, "/api/v1/alert-lists/" + list + "/versions");
    assertThat(r.status()).isEqualTo(200);
    return r.json().size();
  }

  @Test
  void aListWithoutActionRefersToSecondary() {
    create("PERSON");
  }

  @Test
  void unXmlImportedAsCsvIsRefusedAndNoVersionIsWritten() throws Exception {
    String list = create("PERSON");
    byte[] xml = Files.readAllBytes(Watchlists.file("un_consolidated_excerpt.xml"));
    var r = upload(list, "csv", xml);
    assertThat(r.status()).as(r.body()).isEqualTo(422);
    assertThat(r.code()).isEqualTo("screening.format_mismatch");
    assertThat(r.body()).contains("un-xml");
    assertThat(versions(list)).isZero();
    // the right pick then imports it as version 1
    var ok = upload(list, "un-xml", xml);
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    assertThat(ok.json().get("listVersion").asInt()).isEqualTo(1);
  }

  @Test
  void csvWhoseEveryRowIsRejectedIsRefusedWithoutAVersion() {
    String list = create("PERSON");
    byte[] ofacLike =
        "10278,\"LOGAN, Morey\",individual,CUBA,-0-\n36,\"AEROCARIBBEAN AIRLINES\",-0-,CUBA,-0-\n"
            .getBytes(StandardCharsets.UTF_8);
    var r = upload(list, "un-xml", ofacLike);
    assertThat(r.status()).as(r.body()).isEqualTo(422);
    assertThat(r.code()).isEqualTo("screening.format_mismatch");
    assertThat(versions(list)).isZero();
  }

  @Test
  void aDocumentListTakesOnlyTheDocumentCsv() {
    String list = create("DOCUMENT");
    var r = upload(list, "un-xml", "<CONSOLIDATED_LIST/>".getBytes(StandardCharsets.UTF_8));
    assertThat(r.status()).as(r.body()).isEqualTo(422);
    assertThat(r.code()).isEqualTo("screening.format_not_for_documents");
    assertThat(versions(list)).isZero();
  }
}
