package org.openbmis.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openbmis.app.admin.SecondFactorSession;
import org.openbmis.mrz.IcaoTransliterator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Demo mode seeds a coherent, living system once, on a small scale here. */
@SpringBootTest(
    properties = {
      "bmis.demo.enabled=true",
      "bmis.demo.travellers=300",
      "bmis.demo.movements=3000",
      "spring.datasource.url=jdbc:h2:mem:demo-it;DB_CLOSE_DELAY=-1"
    })
@ActiveProfiles("test")
class DemoDataIT {

  @Autowired JdbcTemplate jdbc;
  @Autowired PasswordEncoder encoder;
  @Autowired DemoStart start;
  @Autowired WebApplicationContext context;

  @Test
  void demoSupervisorsAndAdministratorsSignInWithoutASecondFactor() throws Exception {
    var mvc =
        MockMvcBuilders.webAppContextSetup(context)
            .apply(SecurityMockMvcConfigurers.springSecurity())
            .build();
    for (String user : List.of("supervisor", "admin")) {
      var login =
          mvc.perform(
                  SecurityMockMvcRequestBuilders.formLogin("/login").user(user).password("demo"))
              .andReturn();
      assertThat(login.getResponse().getRedirectedUrl()).as(user).isEqualTo("/");
      assertThat(SecondFactorSession.pending(login.getRequest())).as(user).isNull();
      var me =
          mvc.perform(
                  MockMvcRequestBuilders.get("/api/v1/me")
                      .with(SecurityMockMvcRequestPostProcessors.httpBasic(user, "demo")))
              .andReturn();
      assertThat(me.getResponse().getStatus()).as(user).isEqualTo(200);
    }
  }

  @Test
  void postsOfEveryTypeWithDesks() {
    for (String type : List.of("AIR", "LAND", "SEA")) {
      assertThat(count("select count(*) from adm_border_post where post_type = ?", type))
          .as(type)
          .isGreaterThanOrEqualTo(2);
    }
    assertThat(
            count(
                "select count(*) from adm_border_post where post_type = 'LAND' and neighbour_country is null"))
        .isZero();
    assertThat(count("select min(c) from (select count(*) c from adm_desk group by post_id) x"))
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void demoUsersSignInWithTheDemoPassword() {
    Map<String, String> roles =
        Map.of(
            "officer",
            "OFFICER",
            "supervisor",
            "SUPERVISOR",
            "analyst",
            "ANALYST",
            "admin",
            "ADMIN");
    roles.forEach(
        (username, role) -> {
          Map<String, Object> u =
              jdbc.queryForMap("select * from adm_user where username = ?", username);
          assertThat(u.get("ROLES")).as(username).isEqualTo(role);
          assertThat(encoder.matches("demo", (String) u.get("PASSWORD_HASH")))
              .as(username)
              .isTrue();
        });
    assertThat(
            count(
                "select count(*) from adm_user where username = 'officer' and desk_id is not null"))
        .isOne();
    assertThat(
            count(
                "select count(*) from adm_user where username in ('analyst', 'admin') and post_id is null"))
        .isEqualTo(2);
    assertThat(count("select count(*) from adm_user where username like 'officer.%'"))
        .isGreaterThanOrEqualTo(3);
  }

  @Test
  void theWalkthroughOverstayerIsStillInTheCountryPastHisStay() {
    assertThat(
            count(
                "select count(*) from vis_authorised_stay s join trv_document d"
                    + " on d.traveller_id = s.traveller_id where d.document_number = 'U20817463'"
                    + " and s.closed_at is null and s.authorised_until < current_date"))
        .isEqualTo(1);
  }

  @Test
  void countsAreNearTheParameters() {
    // the generated travellers and the walk-through's two with a past (overstayer, enrolled)
    assertThat(count("select count(*) from trv_traveller")).isEqualTo(302);
    assertThat(
            count(
                "select count(*) from trv_document where document_code = 'P' and length(document_number) = 9"))
        .isEqualTo(302);
    assertThat(count("select count(*) from mov_movement")).isBetween(2550L, 3450L);
    assertThat(count("select count(*) from mov_movement where decision = 'REFUSED'"))
        .isBetween(10L, 120L);
    assertThat(count("select count(*) from mov_movement where decision = 'REFERRED_TO_SECONDARY'"))
        .isPositive();
  }

  @Test
  void staysAreCoherent() {
    Map<UUID, LocalDate> entries = new HashMap<>();
    Map<UUID, String> lastAdmitted = new HashMap<>();
    Map<UUID, UUID> lastAdmittedId = new HashMap<>();
    List<Map<String, Object>> rows =
        jdbc.queryForList(
            "select id, traveller_id, direction, local_date, entry_movement_id, stay_days, nationality from mov_movement"
                + " where decision = 'ADMITTED' order by traveller_id, recorded_at");
    for (Map<String, Object> r : rows) {
      UUID id = (UUID) r.get("ID");
      UUID traveller = (UUID) r.get("TRAVELLER_ID");
      String direction = (String) r.get("DIRECTION");
      LocalDate day = ((java.sql.Date) r.get("LOCAL_DATE")).toLocalDate();
      String previous = lastAdmitted.get(traveller);
      if ("ENTRY".equals(direction)) {
        assertThat(previous).as("two admitted entries in a row").isNotEqualTo("ENTRY");
        entries.put(id, day);
      } else if ("UTO".equals(r.get("NATIONALITY"))) {
        assertThat(r.get("STAY_DAYS")).as("nationals have no stay length at home").isNull();
      } else if (r.get("STAY_DAYS") != null) {
        assertThat(previous).isEqualTo("ENTRY");
        assertThat(r.get("ENTRY_MOVEMENT_ID")).isEqualTo(lastAdmittedId.get(traveller));
        LocalDate entry = entries.get((UUID) r.get("ENTRY_MOVEMENT_ID"));
        assertThat(r.get("STAY_DAYS")).isEqualTo((int) ChronoUnit.DAYS.between(entry, day) + 1);
      } else {
        assertThat(previous).as("an exit after an entry closes the stay").isNotEqualTo("ENTRY");
      }
      lastAdmitted.put(traveller, direction);
      lastAdmittedId.put(traveller, id);
    }
    long open = lastAdmitted.values().stream().filter("ENTRY"::equals).count();
    assertThat(count("select count(*) from trv_traveller where nationality <> 'UTO'")).isPositive();
    assertThat(open).as("open stays").isGreaterThan(3);
  }

  /**
   * Foreigners' admitted entries carry an authorised stay of 90 days, closed exactly as the visa
   * module closes them (the next admitted movement), with the open-stay counts beside them: the
   * demo has overstayers, and the counts equal the open stays.
   */
  @Test
  void foreignersHaveAuthorisedStaysAndSomeOverstay() {
    assertThat(
            count(
                "select count(*) from mov_movement m where m.direction = 'ENTRY' and m.decision ="
                    + " 'ADMITTED' and m.nationality <> 'UTO' and not exists (select 1 from"
                    + " vis_authorised_stay s where s.entry_movement_id = m.id)"))
        .as("foreigners' admitted entries without a stay")
        .isZero();
    assertThat(count("select count(*) from vis_authorised_stay where nationality = 'UTO'"))
        .isZero();
    assertThat(
            count(
                "select count(*) from vis_authorised_stay s where s.closed_at is distinct from"
                    + " (select min(m.recorded_at) from mov_movement m where m.traveller_id ="
                    + " s.traveller_id and m.decision = 'ADMITTED' and m.recorded_at > s.entered_at)"))
        .as("stays closed otherwise than by the next admitted movement")
        .isZero();
    assertThat(
            count(
                "select count(*) from vis_authorised_stay s where s.closed_on is distinct from"
                    + " (select min(m.local_date) from mov_movement m where m.traveller_id ="
                    + " s.traveller_id and m.decision = 'ADMITTED' and m.recorded_at > s.entered_at)"))
        .as("stays whose closing day is not the next admitted movement's")
        .isZero();
    assertThat(
            count(
                "select count(*) from vis_authorised_stay where authorised_until <> dateadd(day, 89, entry_date)"))
        .isZero();
    assertThat(count("select coalesce(sum(stays), 0) from vis_open_stay_count"))
        .isEqualTo(count("select count(*) from vis_authorised_stay where closed_at is null"));
    assertThat(
            count(
                "select count(*) from vis_authorised_stay where closed_at is null"
                    + " and authorised_until < current_date"))
        .as("overstayers")
        .isPositive();
  }

  @Test
  void cyrillicAndArabicNamesAreTransliterated() {
    assertThat(IcaoTransliterator.transliterate("Смирнов")).isEqualTo("SMIRNOV");
    for (String region : List.of("russia-ukraine", "arab-world")) {
      List<String> surnames = surnames(region);
      assertThat(surnames)
          .as(region + " names in their own script")
          .allMatch(n -> !n.matches("[A-Za-z ]*"));
      long found =
          surnames.stream()
              .map(IcaoTransliterator::transliterate)
              .mapToLong(
                  mrz ->
                      count("select count(*) from trv_traveller where primary_identifier = ?", mrz))
              .sum();
      assertThat(found).as(region + " surnames in MRZ letters").isPositive();
    }
    assertThat(
            count(
                "select count(*) from trv_traveller where not regexp_like(name_key, '^[A-Z ]+$')"))
        .isZero();
  }

  private static List<String> surnames(String region) {
    return DemoResources.lines("names/" + region + ".txt").stream()
        .filter(l -> l.startsWith("surnames="))
        .flatMap(l -> Stream.of(l.substring("surnames=".length()).split(",")))
        .map(String::strip)
        .toList();
  }

  @Test
  void seedingTwiceAddsNothing() {
    long movements = count("select count(*) from mov_movement");
    long lists = count("select count(*) from scr_alert_list");
    start.run(new DefaultApplicationArguments());
    assertThat(count("select count(*) from mov_movement")).isEqualTo(movements);
    assertThat(count("select count(*) from scr_alert_list")).isEqualTo(lists).isEqualTo(3);
    assertThat(count("select count(*) from adm_user where username = 'officer'")).isOne();
  }

  private long count(String sql, Object... args) {
    Long n = jdbc.queryForObject(sql, Long.class, args);
    return n == null ? 0 : n;
  }
}
