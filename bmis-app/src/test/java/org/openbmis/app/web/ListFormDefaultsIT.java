package org.openbmis.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openbmis.app.ApiClient;
import org.openbmis.app.TestAccounts;
import org.openbmis.app.screening.ScreeningClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The alert lists page proposes sensible defaults: a new list refers to secondary, each list's
 * import form starts from the list's format (csv only for a document list, un-xml for a UN list,
 * national csv for a national person list).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class ListFormDefaultsIT {

  @LocalServerPort int port;

  private String create(String prefix, String name, String kind) {
    var r =
        new ApiClient(port)
            .post(
                TestAccounts.ADMIN,
                "/api/v1/alert-lists",
                Map.of("code", ScreeningClient.code(prefix), "name", name, "kind", kind));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("code").asString();
  }

  /** The options of the import form of one list, the selected one marked with a star. */
  private static String formatOptions(String page, String list) {
    Matcher m =
        Pattern.compile(
                "<select id=\"f-" + Pattern.quote(list) + "\" name=\"format\">(.*?)</select>",
                Pattern.DOTALL)
            .matcher(page);
    assertThat(m.find()).as("import form of " + list).isTrue();
    return m.group(1)
        .replaceAll("(?s)<option value=\"([^\"]+)\" selected=\"selected\">[^<]*</option>", "*$1 ")
        .replaceAll("(?s)<option value=\"([^\"]+)\">[^<]*</option>", "$1 ")
        .replaceAll("\\s+", " ")
        .strip();
  }

  @Test
  void formsStartFromTheListsFormatAndNewListsReferToSecondary() {
    String un = create("UN", "UN Security Council consolidated list", "PERSON");
    String national = create("NAT", "National alerts", "PERSON");
    String documents = create("DOCS", "Lost and stolen passports", "DOCUMENT");
    String page = new SignedInBrowser(port, TestAccounts.ADMIN).get("/screening/lists").body();
    assertThat(formatOptions(page, un)).isEqualTo("*un-xml ofac-csv eu-xml ftm-json csv");
    assertThat(formatOptions(page, national)).isEqualTo("un-xml ofac-csv eu-xml ftm-json *csv");
    assertThat(formatOptions(page, documents)).isEqualTo("*csv");
    assertThat(page).containsPattern("<option value=\"REFER_TO_SECONDARY\" selected=\"selected\">");
  }
}
