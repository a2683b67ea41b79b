package org.openbmis.app;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Test fixtures: two posts (an airport UTO-AIR in UTC+1 and a land post UTO-LND), desks, and one
 * user per role with the password {@link #PASSWORD}. Created once per Spring context. The
 * supervisor and the administrator have a second factor ({@link #SECOND_FACTOR_SECRET}) and an API
 * token, as their roles call the API with a token, not with HTTP Basic ({@link #authorization}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestAccounts {

  public static final String PASSWORD = "correct-horse-battery";
  public static final UUID AIRPORT = UUID.fromString("00000000-0000-7000-8000-000000000001");
  public static final UUID LAND_POST = UUID.fromString("00000000-0000-7000-8000-000000000002");
  public static final UUID AIRPORT_DESK_1 = UUID.fromString("00000000-0000-7000-8000-000000000011");
  public static final UUID AIRPORT_DESK_2 = UUID.fromString("00000000-0000-7000-8000-000000000012");
  public static final UUID LAND_DESK = UUID.fromString("00000000-0000-7000-8000-000000000021");

  /** officer at the airport, desk 1. */
  public static final String OFFICER = "officer.air";

  /** officer at the land post. */
  public static final String LAND_OFFICER = "officer.land";

  public static final String SUPERVISOR = "supervisor.air";

  /** supervisor at the land post (a post role at another post than the airport's). */
  public static final String LAND_SUPERVISOR = "supervisor.land";

  /** A secondary officer at the airport (no second factor: HTTP Basic). */
  public static final String SECONDARY = "secondary.air";

  public static final String ANALYST = "analyst";
  public static final String ADMIN = "admin.hq";

  /** The TOTP secret of {@link #SUPERVISOR} and {@link #ADMIN} (the RFC 6238 test seed). */
  public static final byte[] SECOND_FACTOR_SECRET =
      "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  /** The API tokens of {@link #SUPERVISOR} and {@link #ADMIN}, issued as after a full sign-in. */
  public static final String SUPERVISOR_TOKEN = "bmis_test-token-of-the-supervisor";

  /** The test airport's location code, as flight manifests name it. */
  public static final String AIRPORT_LOCATION = "UTA";

  public static final String ADMIN_TOKEN = "bmis_test-token-of-the-administrator";

  public static final String LAND_SUPERVISOR_TOKEN = "bmis_test-token-of-the-land-supervisor";

  /**
   * The {@code Authorization} header a test calls the API with as this user: the API token for the
   * roles with a second factor (HTTP Basic is refused for them), HTTP Basic for the others.
   */
  public static String authorization(String user) {
    if (SUPERVISOR.equals(user)) {
      return "Bearer " + SUPERVISOR_TOKEN;
    }
    if (ADMIN.equals(user)) {
      return "Bearer " + ADMIN_TOKEN;
    }
    if (LAND_SUPERVISOR.equals(user)) {
      return "Bearer " + LAND_SUPERVISOR_TOKEN;
    }
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  /** The second-factor code a test types after the password, or null for a user without one. */
  public static String secondFactorCode(String user) {
    return SUPERVISOR.equals(user) || ADMIN.equals(user) || LAND_SUPERVISOR.equals(user)
        ? SecondFactorCodes.next(user, SECOND_FACTOR_SECRET)
        : null;
  }

  @Bean
  @Primary
  MutableClock testClock() {
    return new MutableClock();
  }

  @Bean
  @Order(0)
  ApplicationRunner testAccountsSeeder(JdbcClient jdbc, PasswordEncoder encoder) {
    return (ApplicationArguments args) -> {
      if (jdbc.sql("select count(*) from adm_border_post where id = ?")
              .param(AIRPORT)
              .query(Long.class)
              .single()
          > 0) {
        return;
      }
      OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
      post(
          jdbc,
          AIRPORT,
          "UTO-AIR",
          "Utopia International Airport",
          "AIR",
          null,
          "Africa/Lagos",
          now);
      post(jdbc, LAND_POST, "UTO-LND", "Northern Land Border", "LAND", "ZZZ", "Africa/Lagos", now);
      // The test airport is the arrival of flight manifests that name "UTA" (issue 24).
      jdbc.sql("update adm_border_post set location_code = ? where id = ?")
          .params(AIRPORT_LOCATION, AIRPORT)
          .update();
      desk(jdbc, AIRPORT_DESK_1, AIRPORT, "A01", now);
      desk(jdbc, AIRPORT_DESK_2, AIRPORT, "A02", now);
      desk(jdbc, LAND_DESK, LAND_POST, "L01", now);
      String hash = encoder.encode(PASSWORD);
      user(jdbc, OFFICER, "OFFICER", AIRPORT, AIRPORT_DESK_1, hash, now);
      user(jdbc, LAND_OFFICER, "OFFICER", LAND_POST, LAND_DESK, hash, now);
      user(jdbc, SUPERVISOR, "SUPERVISOR", AIRPORT, AIRPORT_DESK_2, hash, now);
      user(jdbc, LAND_SUPERVISOR, "SUPERVISOR", LAND_POST, null, hash, now);
      user(jdbc, SECONDARY, "SECONDARY", AIRPORT, null, hash, now);
      user(jdbc, ANALYST, "ANALYST", null, null, hash, now);
      user(jdbc, ADMIN, "ADMIN", null, null, hash, now);
      secondFactorAndToken(jdbc, SUPERVISOR, SUPERVISOR_TOKEN, now);
      secondFactorAndToken(jdbc, ADMIN, ADMIN_TOKEN, now);
      secondFactorAndToken(jdbc, LAND_SUPERVISOR, LAND_SUPERVISOR_TOKEN, now);
    };
  }

  private static void post(
      JdbcClient jdbc,
      UUID id,
      String code,
      String name,
      String type,
      String neighbour,
      String tz,
      OffsetDateTime now) {
    jdbc.sql(
            "insert into adm_border_post (id, code, name, post_type, neighbour_country, time_zone, active, created_at) values (?, ?, ?, ?, ?, ?, true, ?)")
        .params(id, code, name, type, neighbour, tz, now)
        .update();
  }

  private static void desk(JdbcClient jdbc, UUID id, UUID post, String code, OffsetDateTime now) {
    jdbc.sql(
            "insert into adm_desk (id, post_id, code, name, active, created_at) values (?, ?, ?, ?, true, ?)")
        .params(id, post, code, "Desk " + code, now)
        .update();
  }

  private static void user(
      JdbcClient jdbc,
      String username,
      String roles,
      UUID post,
      UUID desk,
      String hash,
      OffsetDateTime now) {
    jdbc.sql(
            "insert into adm_user (id, username, full_name, password_hash, roles, post_id, desk_id, enabled, must_change_password, created_at) values (?, ?, ?, ?, ?, ?, ?, true, false, ?)")
        .params(UUID.randomUUID(), username, username, hash, roles, post, desk, now)
        .update();
  }

  private static void secondFactorAndToken(
      JdbcClient jdbc, String username, String token, OffsetDateTime now) {
    UUID id =
        jdbc.sql("select id from adm_user where username = ?")
            .param(username)
            .query(UUID.class)
            .single();
    String base32 = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"; // SECOND_FACTOR_SECRET
    jdbc.sql(
            "insert into adm_second_factor (user_id, secret, confirmed, last_step, created_at, confirmed_at) values (?, ?, true, 0, ?, ?)")
        .params(id, "plain:" + base32, now, now)
        .update();
    jdbc.sql(
            "insert into adm_api_token (id, user_id, name, token_hash, created_at, expires_at) values (?, ?, ?, ?, ?, ?)")
        .params(UUID.randomUUID(), id, "tests", sha256(token), now, now.plusYears(1))
        .update();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
