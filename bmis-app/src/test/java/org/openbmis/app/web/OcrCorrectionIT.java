package org.openbmis.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openbmis.app.Passports;
import org.openbmis.app.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Applying the proposed OCR corrections at the desk ({@code POST /inspection/{id}/corrections},
 * Alt+C): a fresh inspection of the corrected MRZ, audited; only for the inspection on screen in
 * the officer's own session, and only when something is proposed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class OcrCorrectionIT {

  private static final Pattern ID =
      Pattern.compile("id=\"inspection-result\"[^>]*data-id=\"([^\"]+)\"");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void correctionsReadTheDocumentAgainOnlyForTheInspectionOnScreen() {
    String mrz =
        Passports.td3(
            "KEN",
            Passports.nextNumber(),
            "OCRIT",
            "DORA",
            LocalDate.of(1990, 1, 23),
            LocalDate.now().plusYears(3));
    String misread = mrz.replace("900123", "9OO123");
    SignedInBrowser officer = new SignedInBrowser(port, TestAccounts.OFFICER);

    String first = scan(officer, misread);
    assertThat(first).contains("id=\"apply-corrections\"").contains("9OO123");
    String misreadId = id(first);

    String fixed = officer.submit("/inspection/" + misreadId + "/corrections", "").body();
    assertThat(fixed).contains("id=\"corrections-applied\"").contains("1990-01-23");
    assertThat(fixed).doesNotContain("id=\"apply-corrections\"");
    String fixedId = id(fixed);
    assertThat(fixedId).isNotEqualTo(misreadId);
    assertThat(
            jdbc.sql(
                    "select details from shr_audit_event where action ="
                        + " 'document.ocr_corrections_applied' and subject_id = ?")
                .param(misreadId)
                .query(String.class)
                .single())
        .isEqualTo("fields dateOfBirth; read again as inspection " + fixedId);

    // the earlier reading is no longer on screen; another officer's session never had it
    assertThat(officer.submit("/inspection/" + misreadId + "/corrections", "").body())
        .contains("This inspection is no longer open");
    SignedInBrowser other = new SignedInBrowser(port, TestAccounts.LAND_OFFICER);
    assertThat(other.submit("/inspection/" + fixedId + "/corrections", "").body())
        .contains("This inspection is no longer open");

    // nothing proposed, nothing applied
    String clean = scan(officer, mrz);
    assertThat(clean).doesNotContain("id=\"apply-corrections\"");
    assertThat(officer.submit("/inspection/" + id(clean) + "/corrections", "").body())
        .contains("No OCR correction is proposed for this document.");
  }

  private static String scan(SignedInBrowser officer, String mrz) {
    var r =
        officer.submit("/inspection/scan", "mrz=" + URLEncoder.encode(mrz, StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(200);
    return r.body();
  }

  private static String id(String html) {
    Matcher m = ID.matcher(html);
    assertThat(m.find()).as("an inspection result").isTrue();
    return m.group(1);
  }
}
