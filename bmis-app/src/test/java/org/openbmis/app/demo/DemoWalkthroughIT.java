package org.openbmis.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
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
 * What the README's walk-through promises at the desk, checked through the inspection API as the
 * demo officers (nothing is decided, so nothing is written). Same context as {@link DemoDataIT}.
 */
@SpringBootTest(
    properties = {
      "bmis.demo.enabled=true",
      "bmis.demo.travellers=300",
      "bmis.demo.movements=3000",
      "spring.datasource.url=jdbc:h2:mem:demo-it;DB_CLOSE_DELAY=-1"
    })
@ActiveProfiles("test")
class DemoWalkthroughIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired WebApplicationContext context;
  MockMvc mvc;

  @BeforeEach
  void mvc() {
    mvc =
        MockMvcBuilders.webAppContextSetup(context)
            .apply(SecurityMockMvcConfigurers.springSecurity())
            .build();
  }

  private JsonNode inspect(String user, Walkthrough.Feature feature) throws Exception {
    String body = JSON.writeValueAsString(Map.of("mrz", Walkthrough.person(feature).mrz()));
    var r =
        mvc.perform(
                MockMvcRequestBuilders.post("/api/v1/inspections")
                    .with(SecurityMockMvcRequestPostProcessors.httpBasic(user, "demo"))
                    .with(SecurityMockMvcRequestPostProcessors.csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andReturn()
            .getResponse();
    assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(201);
    return JSON.readTree(r.getContentAsString());
  }

  private static boolean hit(JsonNode view, String list, String source) {
    return StreamSupport.stream(view.get("screening").get("hits").spliterator(), false)
        .anyMatch(
            h ->
                list.equals(h.get("list").asString())
                    && (source == null || source.equals(h.get("sourceId").asString())));
  }

  /** The desk screen's scan: the simulated reader's chip for the scanned passport (ADR 0026). */
  private String scanAtDesk(String mrz) throws Exception {
    var login =
        mvc.perform(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
                    .formLogin("/login")
                    .user("officer")
                    .password("demo"))
            .andReturn();
    var session =
        (org.springframework.mock.web.MockHttpSession) login.getRequest().getSession(false);
    var r =
        mvc.perform(
                MockMvcRequestBuilders.post("/inspection/scan")
                    .session(session)
                    .with(SecurityMockMvcRequestPostProcessors.csrf())
                    .param("mrz", mrz))
            .andReturn()
            .getResponse();
    assertThat(r.getStatus()).isEqualTo(200);
    return r.getContentAsString();
  }

  @Test
  void theDemoReaderServesAValidChipForTheCleanEntryAndAnInvalidOneForThePhotoSubstitution()
      throws Exception {
    String valid = scanAtDesk(Walkthrough.person(Walkthrough.Feature.CLEAN_ENTRY).mrz());
    assertThat(valid).contains("data-status=\"VALID\"").contains("id=\"chip-photo\"");
    String invalid = scanAtDesk(DemoChips.tamperedMrz());
    assertThat(invalid)
        .contains("data-status=\"INVALID\"")
        .contains("data-code=\"chip.data_group_hash_invalid\"")
        .contains("data-code=\"chip.invalid\"");
  }

  @Test
  void cleanEntryIsProposedForAdmission() throws Exception {
    JsonNode v = inspect("officer", Walkthrough.Feature.CLEAN_ENTRY);
    assertThat(v.get("screening").get("hits").size()).isZero();
    assertThat(v.get("proposedDecision").asString()).isEqualTo("ADMITTED");
    assertThat(v.get("admission").get("basis").asString()).isNotBlank();
  }

  @Test
  void listedPersonAndStolenPassportHitTheNationalLists() throws Exception {
    JsonNode listed = inspect("officer", Walkthrough.Feature.LISTED_PERSON);
    assertThat(hit(listed, "UTO-NAT", "UTO-NAT-0001")).as(listed.toString()).isTrue();
    assertThat(listed.get("proposedDecision").asString()).isEqualTo("REFERRED");
    JsonNode stolen = inspect("officer", Walkthrough.Feature.STOLEN_DOCUMENT);
    assertThat(hit(stolen, "UTO-DOC", null)).as(stolen.toString()).isTrue();
    assertThat(stolen.get("proposedDecision").asString()).isEqualTo("REFERRED");
  }

  @Test
  void theEvisaAuthorisesTheStayAndNoVisaBlocks() throws Exception {
    JsonNode evisa = inspect("officer", Walkthrough.Feature.EVISA);
    assertThat(evisa.get("admission").get("visa").isNull()).as(evisa.toString()).isFalse();
    assertThat(evisa.get("proposedDecision").asString()).isEqualTo("ADMITTED");
    JsonNode none = inspect("officer", Walkthrough.Feature.VISA_MISSING);
    assertThat(none.get("admission").get("visaMissing").asBoolean()).as(none.toString()).isTrue();
    assertThat(none.get("proposedDecision").asString()).isEqualTo("REFERRED");
  }

  @Test
  void theOverstayerLeavingAtTheDeparturesDeskShowsHisOverstay() throws Exception {
    JsonNode v = inspect("officer.ama", Walkthrough.Feature.OVERSTAYER);
    assertThat(v.get("direction").asString()).isEqualTo("EXIT");
    assertThat(v.get("exitAssessment").get("overstayDays").asInt()).as(v.toString()).isPositive();
  }
}
