package org.openbmis.bench.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.openbmis.mrz.MrzFields;
import org.openbmis.mrz.MrzFormat;
import org.openbmis.mrz.MrzGenerator;
import org.openbmis.mrz.Sex;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One simulated desk: an officer scanning passports and admitting travellers. */
final class Desk implements AutoCloseable {

  private static final String[] STATES = {
    "KEN", "NGA", "GHA", "FRA", "GBR", "CHN", "IND", "USA", "SOM", "ETH"
  };
  private static final String[] SURNAMES = {
    "OKAFOR", "MENSAH", "SMITH", "WANG", "PATEL", "DUBOIS", "HASSAN", "TESFAYE"
  };
  private static final String[] GIVEN = {
    "GRACE", "JOHN", "AMINA", "LI", "PRIYA", "MARIE", "ABDI", "SARA"
  };
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Transport http;
  private final String authorization;
  private final Random random;
  private final int id;
  private final List<String> seen = new ArrayList<>();
  private int sequence;

  Desk(Transport http, String token, int id) {
    this.http = http;
    this.authorization = "Bearer " + token;
    this.id = id;
    this.random = new Random(id * 7919L + System.nanoTime());
  }

  void processOne(Stats stats) {
    String mrz =
        !seen.isEmpty() && random.nextBoolean()
            ? seen.remove(random.nextInt(seen.size()))
            : newPassport();
    try {
      long t0 = System.nanoTime();
      Transport.Response r =
          http.post(
              "/api/v1/inspections",
              authorization,
              JSON.writeValueAsString(java.util.Map.of("mrz", mrz)));
      long t1 = System.nanoTime();
      if (r.status() != 201) {
        stats.error();
        return;
      }
      stats.inspect((t1 - t0) / 1000);
      JsonNode inspection = JSON.readTree(r.body());
      // the officer follows the proposal: a traveller the checks stop is referred to secondary
      JsonNode proposed = inspection.get("proposedDecision");
      String decision = proposed == null ? "ADMITTED" : proposed.asString();
      String body =
          "{\"decision\":\""
              + decision
              + "\",\"purpose\":\"TOURISM\",\"transportMode\":\"AIR\",\"carrier\":\"LD 101\"}";
      long t2 = System.nanoTime();
      Transport.Response d =
          http.post(
              "/api/v1/inspections/" + inspection.get("id").asString() + "/decision",
              authorization,
              body);
      long t3 = System.nanoTime();
      if (d.status() != 201) {
        stats.error();
        return;
      }
      stats.decide((t3 - t2) / 1000);
      if (seen.size() < 200) {
        seen.add(mrz);
      }
    } catch (Exception e) {
      stats.error();
    }
  }

  private String newPassport() {
    String state = STATES[random.nextInt(STATES.length)];
    String number = String.format("L%02d%06d", id % 100, sequence++ % 1_000_000);
    LocalDate dob =
        LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28));
    return MrzGenerator.generate(
        new MrzFields(
            MrzFormat.TD3,
            "P",
            state,
            number,
            SURNAMES[random.nextInt(SURNAMES.length)],
            GIVEN[random.nextInt(GIVEN.length)],
            state,
            dob,
            random.nextBoolean() ? Sex.MALE : Sex.FEMALE,
            LocalDate.now().plusYears(1 + random.nextInt(9)),
            ""));
  }

  /** Closes the desk's connection. */
  @Override
  public void close() {
    http.close();
  }
}
