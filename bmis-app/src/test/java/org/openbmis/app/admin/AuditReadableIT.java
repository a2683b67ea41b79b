package org.openbmis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbmis.app.TestAccounts;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.AuditLog.AuditEntry;
import org.openbmis.app.shared.AuditLog.AuditQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The audit log reads as words: actions as phrases of the viewer's language, subjects by name (only
 * where the viewer may see them), times in the zone of the post, filters as pickers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class AuditReadableIT {

  @Autowired WebApplicationContext context;
  @Autowired PrincipalCache principals;
  @Autowired AuditLog audit;
  @Autowired JdbcClient jdbc;
  MockMvc mvc;

  @BeforeEach
  void mvc() {
    mvc =
        MockMvcBuilders.webAppContextSetup(context)
            .apply(SecurityMockMvcConfigurers.springSecurity())
            .build();
  }

  @Test
  void actionsSubjectsAndTimesReadAsWords() throws Exception {
    String surname = "AUDITNAME" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
    UUID landOnly = traveller(surname, "Anna", "AU" + (System.nanoTime() % 1_000_000));
    jdbc.sql("insert into trv_traveller_post (traveller_id, post_id, first_seen_at) values (?,?,?)")
        .params(landOnly, TestAccounts.LAND_POST, OffsetDateTime.now(ZoneOffset.UTC))
        .update();
    // an entry at the airport naming a traveller seen at the land border only
    audit.record(
        TestAccounts.OFFICER,
        "UTO-AIR",
        "movement.inspection_started",
        "traveller",
        landOnly,
        AuditLog.Outcome.SUCCESS,
        null);
    AuditEntry entry =
        audit
            .search(
                new AuditQuery(
                    null, null, "movement.inspection_started", landOnly.toString(), null, null, 1))
            .get(0);

    String admin = page(TestAccounts.ADMIN, "fr", "movement.inspection_started");
    assertThat(admin)
        .contains("Inspection commencée")
        .contains(surname + ", Anna · P UTO ")
        .contains(
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .format(entry.occurredAt().atZone(ZoneId.of("Africa/Lagos"))))
        .contains("Africa/Lagos")
        // the action picker offers phrases, its values are the codes
        .contains("<option value=\"movement.recorded\">Entrée ou sortie enregistrée</option>")
        .doesNotContain(">movement.inspection_started<");
    assertThat(lastSearchDetails(TestAccounts.ADMIN)).contains("travellers_named=1");

    // the airport's supervisor has never seen this traveller: the id stays, the name does not show
    String supervisor = page(TestAccounts.SUPERVISOR, "en", "movement.inspection_started");
    assertThat(supervisor)
        .contains("Inspection started")
        .contains(landOnly.toString())
        .doesNotContain(surname);
    assertThat(lastSearchDetails(TestAccounts.SUPERVISOR)).doesNotContain("travellers_named");
  }

  @Test
  void theDeskTheOfficerWorksAtIsRecordedAndShownBesideThePost() throws Exception {
    String subject = "desk-" + UUID.randomUUID();
    // as the airport officer (desk A01), through the principal a request would carry
    SecurityContextHolder.getContext().setAuthentication(as(TestAccounts.OFFICER));
    try {
      audit.record("test.desk_shown", "test", subject, AuditLog.Outcome.SUCCESS, null);
    } finally {
      SecurityContextHolder.clearContext();
    }
    // a user who has not chosen a desk: none is known, although movements use the post's first
    SecurityContextHolder.getContext().setAuthentication(as(TestAccounts.SECONDARY));
    try {
      audit.record("test.desk_shown", "test", subject, AuditLog.Outcome.SUCCESS, "no desk");
    } finally {
      SecurityContextHolder.clearContext();
    }
    // headquarters work at no desk: the administrator's entry has none
    SecurityContextHolder.getContext().setAuthentication(as(TestAccounts.ADMIN));
    try {
      audit.record("test.desk_shown", "test", subject, AuditLog.Outcome.SUCCESS, "hq");
    } finally {
      SecurityContextHolder.clearContext();
    }
    List<AuditEntry> entries =
        audit.search(new AuditQuery(null, null, "test.desk_shown", subject, null, null, 5));
    assertThat(entries)
        .extracting(AuditEntry::username, AuditEntry::postCode, AuditEntry::deskCode)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(TestAccounts.OFFICER, "UTO-AIR", "A01"),
            org.assertj.core.groups.Tuple.tuple(TestAccounts.SECONDARY, "UTO-AIR", null),
            org.assertj.core.groups.Tuple.tuple(TestAccounts.ADMIN, null, null));

    MvcResult r =
        mvc.perform(
                get("/audit")
                    .param("lang", "fr")
                    .param("subjectId", subject)
                    .with(authentication(as(TestAccounts.ADMIN))))
            .andReturn();
    String html = r.getResponse().getContentAsString();
    assertThat(html).containsOnlyOnce("class=\"audit-desk\"");
    assertThat(html.replaceAll("\\s+", " "))
        .contains("<span>UTO-AIR</span> <small class=\"audit-desk\">Guichet A01</small>");
  }

  @Test
  void theDeskFilterKeepsTheEntriesOfOneDesk() throws Exception {
    String subject = "deskfilter-" + UUID.randomUUID();
    SecurityContextHolder.getContext().setAuthentication(as(TestAccounts.OFFICER)); // desk A01
    try {
      audit.record("test.desk_filter", "test", subject, AuditLog.Outcome.SUCCESS, "at A01");
    } finally {
      SecurityContextHolder.clearContext();
    }
    SecurityContextHolder.getContext().setAuthentication(as(TestAccounts.SECONDARY)); // no desk
    try {
      audit.record("test.desk_filter", "test", subject, AuditLog.Outcome.SUCCESS, "no desk");
    } finally {
      SecurityContextHolder.clearContext();
    }
    assertThat(
            audit.search(
                new AuditQuery(
                    null, null, "test.desk_filter", subject, null, null, 5, ZoneOffset.UTC, "A01")))
        .extracting(AuditEntry::username)
        .containsExactly(TestAccounts.OFFICER);
    assertThat(
            audit.search(
                new AuditQuery(
                    null, null, "test.desk_filter", subject, null, null, 5, ZoneOffset.UTC, "Z99")))
        .isEmpty();

    // the supervisor of the airport picks among its desks, in their language
    MvcResult r =
        mvc.perform(
                get("/audit")
                    .param("lang", "es")
                    .param("subjectId", subject)
                    .param("deskCode", "A01")
                    .with(authentication(as(TestAccounts.SUPERVISOR))))
            .andReturn();
    assertThat(r.getResponse().getStatus()).isEqualTo(200);
    String html = r.getResponse().getContentAsString();
    assertThat(html)
        .contains("<option value=\"\">Cualquier ventanilla</option>")
        .contains("<option value=\"A01\" selected=\"selected\">A01</option>")
        .contains("at A01")
        .doesNotContain("no desk");
    assertThat(html.split("class=\"audit-entry\"", -1)).hasSize(2);
    assertThat(lastSearchDetails(TestAccounts.SUPERVISOR)).contains("desk=A01");
  }

  @Test
  void aQuickPeriodSetsTheDatesAndUsersAreAPicker() throws Exception {
    MvcResult r =
        mvc.perform(
                get("/audit")
                    .param("period", "last7")
                    .with(authentication(as(TestAccounts.SUPERVISOR))))
            .andReturn();
    var form =
        (org.openbmis.app.admin.web.AuditForm) r.getModelAndView().getModel().get("auditForm");
    LocalDate today = LocalDate.now(ZoneId.of("Africa/Lagos"));
    assertThat(form.getFrom()).isEqualTo(today.minusDays(6));
    assertThat(form.getTo()).isEqualTo(today);
    String html = r.getResponse().getContentAsString();
    // a supervisor picks among their post's users only
    assertThat(html)
        .contains("<option value=\"officer.air\">officer.air</option>")
        .doesNotContain("<option value=\"officer.land\">");
    // results come before nothing but a folded filter bar
    assertThat(html.indexOf("id=\"audit-filters\""))
        .isLessThan(html.indexOf("id=\"audit-results\""));
    assertThat(html).doesNotContain("<details class=\"filters\" id=\"audit-filters\" open");
  }

  private String page(String user, String lang, String action) throws Exception {
    MvcResult r =
        mvc.perform(
                get("/audit")
                    .param("lang", lang)
                    .param("action", action)
                    .with(authentication(as(user))))
            .andReturn();
    assertThat(r.getResponse().getStatus()).isEqualTo(200);
    return r.getResponse().getContentAsString();
  }

  private String lastSearchDetails(String user) {
    List<AuditEntry> e =
        audit.search(new AuditQuery(user, null, "audit.search", null, null, null, 1));
    return e.get(0).details();
  }

  private UUID traveller(String surname, String given, String number) {
    UUID id = UUID.randomUUID();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    jdbc.sql(
            "insert into trv_traveller (id, primary_identifier, secondary_identifier, name_key, sex,"
                + " nationality, created_at) values (?,?,?,?,?,?,?)")
        .params(id, surname, given, surname.toLowerCase(), "F", "UTO", now)
        .update();
    jdbc.sql(
            "insert into trv_document (id, traveller_id, document_code, document_number,"
                + " issuing_state, birth_key, source, first_seen_at) values (?,?,?,?,?,?,?,?)")
        .params(UUID.randomUUID(), id, "P", number, "UTO", "900101", "MRZ", now)
        .update();
    return id;
  }

  private UsernamePasswordAuthenticationToken as(String username) {
    BmisPrincipal p = principals.load(username).orElseThrow();
    return UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities());
  }
}
