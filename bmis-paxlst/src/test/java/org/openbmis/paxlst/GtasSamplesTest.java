package org.openbmis.paxlst;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The GTAS samples, dirty on purpose (see testdata/paxlst/README.md). */
class GtasSamplesTest {

  private final PaxlstReader reader =
      new PaxlstReader(Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC));

  private static byte[] sample(String name) throws IOException {
    Path d =
        Paths.get(System.getProperty("testdata.dir", "../../shared/testdata"))
            .resolve("paxlst/apis");
    Assumptions.assumeTrue(
        Files.isDirectory(d), "shared test data not found at " + d + " - skipping");
    return Files.readAllBytes(d.resolve(name));
  }

  @Test
  void crewListD02bWithoutUnaAndLowerCaseNames() throws IOException {
    PaxlstReading r = reader.read(sample("Test1.txt"));
    assertThat(r.errors()).isEmpty();
    PaxlstMessage m = r.messages().get(0);
    assertThat(m.version()).isEqualTo("D02B");
    assertThat(m.listType()).isEqualTo(ListType.CREW);
    assertThat(m.crew()).isEqualTo(8);
    assertThat(m.passengers()).isZero();
    FlightLeg leg = m.legs().get(0);
    assertThat(leg.flightCode()).isEqualTo("UA0989");
    assertThat(leg.departure()).isEqualTo("FRA");
    assertThat(leg.arrival()).isEqualTo("IAD");
    assertThat(leg.scheduledArrival()).isEqualTo(LocalDateTime.of(2017, 1, 28, 7, 10));
    ListedPerson first = m.persons().get(0);
    assertThat(first.surname()).isEqualTo("STEUR");
    assertThat(first.givenNames()).isEqualTo("ANDREA PAT");
    assertThat(first.birthDate()).isEqualTo(LocalDate.of(1978, 7, 6));
    assertThat(first.documents().get(0).number()).isEqualTo("123456789");
    assertThat(first.documents().get(0).issuingState()).isEqualTo("GBR");
    assertThat(r.cleaned()).anyMatch(n -> n.contains("lower-case letters written in upper case"));
  }

  @Test
  void largePassengerListWithCarriageReturns() throws IOException {
    PaxlstReading r = reader.read(sample("Test3.txt"));
    assertThat(r.errors()).isEmpty();
    PaxlstMessage m = r.messages().get(0);
    assertThat(m.passengers()).isEqualTo(260);
    assertThat(m.part()).isEqualTo(new MessagePart("ABC01", 1, false));
    assertThat(r.cleaned()).contains("bytes read as ISO 8859-1 (not UTF-8)");
    assertThat(r.cleaned())
        .anyMatch(n -> n.startsWith("control character U+0087 removed from segment NAD"));
  }

  @Test
  void customSeparatorsAndBlankInTag() throws IOException {
    PaxlstReading r = reader.read(sample("airline2.edi"));
    assertThat(r.errors()).isEmpty();
    assertThat(r.cleaned()).anyMatch(n -> n.contains("blank in segment tag UNG"));
    PaxlstMessage m = r.messages().get(0);
    assertThat(m.passengers()).isEqualTo(10);
    assertThat(m.legs().get(0).flightCode()).isEqualTo("TN506");
    assertThat(m.legs().get(0).arrival()).isEqualTo("YEU");
    assertThat(m.persons().get(0).documents().get(0).number()).isEqualTo("178556534");
    assertThat(m.part()).isEqualTo(new MessagePart("AA346", 10, true));
  }

  @Test
  void d05bTwoLegsWithLeadingBlanks() throws IOException {
    PaxlstReading r = reader.read(sample("apisMessage.txt"));
    assertThat(r.errors()).isEmpty();
    assertThat(r.cleaned()).anyMatch(n -> n.contains("blanks before the interchange"));
    PaxlstMessage m = r.messages().get(0);
    assertThat(m.version()).isEqualTo("D05B");
    assertThat(m.legs()).extracting(FlightLeg::departure).containsExactly("ATL", "ORD");
    assertThat(m.legs()).extracting(FlightLeg::arrival).containsExactly("ORD", "JFK");
    assertThat(m.passengers()).isEqualTo(2);
    assertThat(m.qualityNotes())
        .contains("person 1: no travel document", "person 2: no travel document");
    assertThat(m.persons().get(0).birthDate()).isEqualTo(LocalDate.of(1972, 9, 7));
  }

  @Test
  void threeLegsWithStraySpacesBetweenSegments() throws IOException {
    PaxlstReading r = reader.read(sample("multiple_flight_leg_apis.txt"));
    assertThat(r.errors()).isEmpty();
    assertThat(r.cleaned()).anyMatch(n -> n.contains("stray blanks between segments"));
    assertThat(r.cleaned()).contains("text after the end of the interchange (UNZ) ignored");
    PaxlstMessage m = r.messages().get(0);
    assertThat(m.legs()).hasSize(3);
    assertThat(m.legs().get(2).arrival()).isEqualTo("CDG");
    assertThat(m.persons().get(0).documents().get(0).number()).isEqualTo("YY3478621G");
  }
}
