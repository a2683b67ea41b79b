package org.openbmis.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Today's demo flights into the main airport, as the README's walk-through shows them: the
 * supervisor's flight board lists them with a pre-arrival hit on UT801, the officer's scan of Karim
 * Haddad says he was on its manifest. Same context as {@link DemoDataIT}.
 */
@SpringBootTest(
    properties = {
      "bmis.demo.enabled=true",
      "bmis.demo.travellers=300",
      "bmis.demo.movements=3000",
      "spring.datasource.url=jdbc:h2:mem:demo-it;DB_CLOSE_DELAY=-1"
    })
@ActiveProfiles("test")
class DemoManifestsIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired WebApplicationContext context;
  @Autowired DemoManifests manifests;
  @Autowired JdbcTemplate jdbc;
  MockMvc mvc;

  @BeforeEach
  void mvc() {
    mvc =
        MockMvcBuilders.webAppContextSetup(context)
            .apply(SecurityMockMvcConfigurers.springSecurity())
            .build();
  }

  private JsonNode get(String user, String path) throws Exception {
    var r =
        mvc.perform(
                MockMvcRequestBuilders.get(path)
                    .with(SecurityMockMvcRequestPostProcessors.httpBasic(user, "demo")))
            .andReturn()
            .getResponse();
    assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
    return JSON.readTree(r.getContentAsString());
  }

  private static JsonNode flight(JsonNode flights, String name) {
    return StreamSupport.stream(flights.spliterator(), false)
        .filter(f -> name.equals(f.get("flight").asString()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not on the board: " + flights));
  }

  @Test
  void theSupervisorsBoardShowsTodaysFlightsAndTheHitBeforeLanding() throws Exception {
    JsonNode flights = get("supervisor", "/api/v1/flights");
    assertThat(flights.size()).as(flights.toString()).isGreaterThanOrEqualTo(4);
    for (JsonNode f : flights) {
      assertThat(f.get("arrival").asString()).isEqualTo("AMA");
      assertThat(f.get("expected").asInt()).as(f.toString()).isGreaterThanOrEqualTo(30);
    }
    JsonNode listed = flight(flights, DemoManifests.LISTED_FLIGHT);
    assertThat(listed.get("hits").asInt()).as(listed.toString()).isPositive();
    assertThat(listed.get("expected").asInt()).isEqualTo(48);

    for (String other : new String[] {"KQ532", "ET911", "AF148"}) {
      assertThat(flight(flights, other).get("expected").asInt()).isPositive();
    }
    assertThat(flight(flights, "AF148").get("hits").asInt()).as("the stolen passport").isPositive();

    Map<String, Object> hit =
        jdbc.queryForMap(
            "select list_code, source_id, seat, subject_name, expected_arrival from scr_hit where"
                + " origin = 'MANIFEST' and flight = ? and subject_name like '%HADDAD%'",
            DemoManifests.LISTED_FLIGHT);
    assertThat(hit.get("LIST_CODE")).isEqualTo("UTO-NAT");
    assertThat(hit.get("SOURCE_ID")).isEqualTo("UTO-NAT-0001");
    assertThat(hit.get("SEAT")).isNotNull();
    assertThat(hit.get("EXPECTED_ARRIVAL")).isNotNull();
  }

  @Test
  void theOfficerScanningTheListedTravellerSeesTheManifestAndItsHit() throws Exception {
    String body =
        JSON.writeValueAsString(
            Map.of("mrz", Walkthrough.person(Walkthrough.Feature.LISTED_PERSON).mrz()));
    var r =
        mvc.perform(
                MockMvcRequestBuilders.post("/api/v1/inspections")
                    .with(SecurityMockMvcRequestPostProcessors.httpBasic("officer", "demo"))
                    .with(SecurityMockMvcRequestPostProcessors.csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andReturn()
            .getResponse();
    assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(201);
    JsonNode manifest = JSON.readTree(r.getContentAsString()).get("manifest");
    assertThat(manifest.get("flight").asString()).as(manifest.toString()).isEqualTo("UT801");
    assertThat(manifest.get("messageId").asString()).isNotBlank();
    assertThat(manifest.get("preArrival").asString()).isEqualTo("HITS");
    assertThat(manifest.get("hits").toString()).contains("UTO-NAT");
    // one hit for both moments: the desk linked the pre-arrival hit, it stored no second one
    String inspection = JSON.readTree(r.getContentAsString()).get("id").asString();
    List<Map<String, Object>> hits =
        jdbc.queryForList(
            "select origin, flight, seat, source_id, seen_at, officer from scr_hit where"
                + " inspection_id = ? and source_id = 'UTO-NAT-0001'",
            java.util.UUID.fromString(inspection));
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).get("ORIGIN")).isEqualTo("MANIFEST");
    assertThat(hits.get(0).get("FLIGHT")).isEqualTo("UT801");
    assertThat(hits.get(0).get("SEAT")).isNotNull();
    assertThat(hits.get(0).get("SEEN_AT")).isNotNull();
    assertThat(hits.get(0).get("OFFICER")).isEqualTo("officer");
  }

  @Test
  void aSecondStartTheSameDaySendsNoManifests() {
    long messages = jdbc.queryForObject("select count(*) from man_message", Long.class);
    DemoActor.runAsAdmin(jdbc, () -> assertThat(manifests.seedToday()).isZero());
    assertThat(jdbc.queryForObject("select count(*) from man_message", Long.class))
        .isEqualTo(messages);
  }
}
