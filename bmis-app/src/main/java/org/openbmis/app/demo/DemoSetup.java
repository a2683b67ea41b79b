package org.openbmis.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.openbmis.app.biometrics.BiometricAlertService;
import org.openbmis.app.biometrics.FingerCapture;
import org.openbmis.app.biometrics.FingerprintService;
import org.openbmis.app.screening.AlertListService;
import org.openbmis.app.visa.EntryRuleService;
import org.openbmis.app.visa.VisaService;
import org.openbmis.biometrics.FingerPosition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * After the data seed: the demo's entry rules and e-visa, alert lists (whose import re-screens the
 * travellers in the country, so the hit queue is not empty) and biometrics (the walk-through's
 * enrolled traveller and the fingerprint of a national alert), entered through the modules'
 * services as the demo administrator. Once: nothing is done when the national list exists, nor at a
 * post of the border network (central's data reaches it by sync, ADR 0017).
 */
@Component
@ConditionalOnProperty(name = "bmis.demo.enabled", havingValue = "true")
class DemoSetup {

  private static final Logger log = LoggerFactory.getLogger(DemoSetup.class);

  private final JdbcTemplate jdbc;
  private final AlertListService lists;
  private final EntryRuleService rules;
  private final VisaService visas;
  private final FingerprintService fingerprints;
  private final BiometricAlertService biometricAlerts;
  private final Clock clock;
  private final boolean post;

  DemoSetup(
      JdbcTemplate jdbc,
      AlertListService lists,
      EntryRuleService rules,
      VisaService visas,
      FingerprintService fingerprints,
      BiometricAlertService biometricAlerts,
      Clock clock,
      @Value("${bmis.node.role:both}") String role) {
    this.jdbc = jdbc;
    this.lists = lists;
    this.rules = rules;
    this.visas = visas;
    this.fingerprints = fingerprints;
    this.biometricAlerts = biometricAlerts;
    this.clock = clock;
    this.post = "post".equalsIgnoreCase(role.trim());
  }

  /** Sets the demo up unless it was (the national list exists). */
  void setUp() {
    if (post) {
      // a post receives the demo's users, lists and entry rules from central (ADR 0017)
      log.info("Demo set-up: reference data comes from central at a post.");
      return;
    }
    Integer done =
        jdbc.queryForObject(
            "select count(*) from scr_alert_list where code = ?",
            Integer.class,
            DemoLists.NATIONAL);
    if (done != null && done > 0) {
      return;
    }
    long started = System.nanoTime();
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    DemoActor.runAsAdmin(
        jdbc,
        () -> {
          int n = DemoRules.seed(rules, visas, today);
          DemoLists.seed(lists, inCountry(), today);
          boolean bio = fingerprints.available();
          if (bio) {
            enrol();
          }
          log.info(
              "Demo set-up: {} entry rules, an e-visa, 3 alert lists{} in {} ms.",
              n,
              bio ? ", fingerprints of 1 traveller and 1 alert" : " (biometrics off: no key)",
              (System.nanoTime() - started) / 1_000_000);
        });
  }

  /** Three foreigners now in the country (an open stay), the oldest entries first. */
  private List<DemoLists.InCountry> inCountry() {
    return jdbc.query(
        "select t.primary_identifier, t.secondary_identifier, t.date_of_birth, t.nationality,"
            + " t.sex from vis_authorised_stay s join trv_traveller t on t.id = s.traveller_id"
            + " where s.closed_at is null and t.secondary_identifier <> ''"
            + " order by s.entered_at, t.id limit 3",
        (rs, i) ->
            new DemoLists.InCountry(
                rs.getString(1),
                rs.getString(2),
                rs.getObject(3, LocalDate.class),
                rs.getString(4),
                rs.getString(5)));
  }

  private void enrol() {
    Walkthrough.Person p = Walkthrough.person(Walkthrough.Feature.FINGERPRINT_MATCH);
    UUID traveller =
        jdbc.queryForObject(
            "select traveller_id from trv_document where document_number = ? and issuing_state = ?",
            UUID.class,
            p.documentNumber(),
            p.nationality());
    fingerprints.enrol(
        traveller,
        List.of(
            FingerCapture.of(FingerPosition.RIGHT_THUMB, bytes("demo/biometrics/fp-11.png")),
            FingerCapture.of(FingerPosition.LEFT_THUMB, bytes("demo/biometrics/fp-12.png"))),
        "Demo: enrolled at his first crossing (NIST card a025, plain thumbs)");
    biometricAlerts.addFingerprint(
        DemoLists.NATIONAL,
        DemoLists.FINGERPRINT_ALERT,
        FingerPosition.LEFT_MIDDLE,
        bytes("demo/biometrics/nist-exemplar-left-middle.png"));
  }

  private static byte[] bytes(String path) {
    try (InputStream in = DemoEnvironment.resource(path)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
