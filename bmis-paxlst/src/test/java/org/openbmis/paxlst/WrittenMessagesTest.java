package org.openbmis.paxlst;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class WrittenMessagesTest {

  private final PaxlstReader reader =
      new PaxlstReader(Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC));

  private static final FlightLeg LEG =
      new FlightLeg(
          "XX",
          "123",
          "LHR",
          LocalDateTime.of(2026, 12, 7, 8, 0),
          "ACC",
          LocalDateTime.of(2026, 12, 7, 15, 0));

  static ListedPerson passenger(String surname, String given, String doc, String seat) {
    return new ListedPerson(
        PersonRole.PASSENGER,
        surname,
        given,
        "F",
        LocalDate.of(1980, 1, 2),
        "GBR",
        "LHR",
        "ACC",
        seat,
        null,
        List.of(new PersonDocument("P", doc, "GBR", LocalDate.of(2030, 1, 1))));
  }

  private PaxlstMessage one(String text) {
    PaxlstReading r = reader.read(text.getBytes(StandardCharsets.UTF_8));
    assertThat(r.errors()).isEmpty();
    return r.messages().get(0);
  }

  @Test
  void roundTripD05bWithSeatAndEscapedApostrophe() {
    String text =
        PaxlstWriter.write(
            PaxlstWriter.Options.passengers().version("D05B"),
            List.of(LEG),
            List.of(passenger("O'BRIEN", "MARY ANN", "P1234567", "12A")));
    PaxlstMessage m = one(text);
    assertThat(m.version()).isEqualTo("D05B");
    assertThat(m.legs()).containsExactly(LEG);
    ListedPerson p = m.persons().get(0);
    assertThat(p.surname()).isEqualTo("O'BRIEN");
    assertThat(p.givenNames()).isEqualTo("MARY ANN");
    assertThat(p.seat()).isEqualTo("12A");
    assertThat(p.documents().get(0).number()).isEqualTo("P1234567");
  }

  @Test
  void customSeparatorsHonoured() {
    String text =
        PaxlstWriter.write(
            PaxlstWriter.Options.passengers().separators('*', '~'),
            List.of(LEG),
            List.of(passenger("MENSAH", "AMA", "G0001", "3C")));
    assertThat(text).startsWith("UNA:*.? ~");
    assertThat(one(text).persons().get(0).surname()).isEqualTo("MENSAH");
  }

  @Test
  void crewListCountsCrew() {
    ListedPerson pilot =
        new ListedPerson(
            PersonRole.CREW,
            "PILOT",
            "JOHN",
            "M",
            LocalDate.of(1970, 5, 5),
            "GBR",
            null,
            null,
            null,
            null,
            List.of(new PersonDocument("P", "C99", "GBR", null)));
    PaxlstMessage m =
        one(
            PaxlstWriter.write(
                PaxlstWriter.Options.passengers().crew(), List.of(LEG), List.of(pilot)));
    assertThat(m.listType()).isEqualTo(ListType.CREW);
    assertThat(m.crew()).isEqualTo(1);
  }

  @Test
  void accentsAndLowerCaseCleanedAndSaid() {
    String text =
        PaxlstWriter.write(
            PaxlstWriter.Options.passengers(),
            List.of(LEG),
            List.of(passenger("Müller", "José", "D1", "1A")));
    PaxlstReading r = reader.read(text.getBytes(StandardCharsets.UTF_8));
    assertThat(r.readable()).isTrue();
    assertThat(r.messages().get(0).persons().get(0).fullName()).isEqualTo("MULLER JOSE");
    assertThat(r.cleaned()).anyMatch(n -> n.startsWith("2 characters outside UNOA"));
    assertThat(r.cleaned()).anyMatch(n -> n.startsWith("6 lower-case letters"));
  }

  @Test
  void multiPartOutOfOrderReassembled() {
    PaxlstWriter.Options o = PaxlstWriter.Options.passengers();
    PaxlstMessage p2 =
        one(
            PaxlstWriter.write(
                o.part("XX123R", 2, false), List.of(LEG), List.of(passenger("B", "B", "2", "2B"))));
    PaxlstMessage p3 =
        one(
            PaxlstWriter.write(
                o.part("XX123R", 3, true), List.of(LEG), List.of(passenger("C", "C", "3", "3C"))));
    PaxlstMessage p1 =
        one(
            PaxlstWriter.write(
                o.part("XX123R", 1, false), List.of(LEG), List.of(passenger("A", "A", "1", "1A"))));
    assertThat(PaxlstParts.missing(List.of(p3, p2))).containsExactly(1);
    assertThat(PaxlstParts.assemble(List.of(p3, p2))).isEmpty();
    assertThat(PaxlstParts.missing(List.of(p2))).containsExactly(1, -1);
    PaxlstMessage whole = PaxlstParts.assemble(List.of(p3, p1, p2)).orElseThrow();
    assertThat(whole.persons()).extracting(ListedPerson::surname).containsExactly("A", "B", "C");
    assertThat(whole.part().whole()).isTrue();
  }

  @Test
  void unreadableContentRejectedWithReasons() {
    assertThat(reader.read("hello world".getBytes(StandardCharsets.UTF_8)).errors())
        .extracting(ReadingError::code)
        .containsExactly("paxlst.not_edifact");
    assertThat(reader.read(new byte[0]).readable()).isFalse();
    PaxlstReading notPaxlst =
        reader.read(
            "UNB+UNOA:4+A+B+261207:0600+1'UNH+1+PNRGOV:11:1:IA'UNT+2+1'UNZ+1+1'"
                .getBytes(StandardCharsets.UTF_8));
    assertThat(notPaxlst.errors())
        .extracting(ReadingError::code)
        .containsExactly("paxlst.not_paxlst");
    PaxlstReading noFlight =
        reader.read(
            "UNB+UNOA:4+A+B+261207:0600+1'UNH+1+PAXLST:D:02B:UN:IATA'BGM+745'UNT+3+1'UNZ+1+1'"
                .getBytes(StandardCharsets.UTF_8));
    assertThat(noFlight.errors())
        .extracting(ReadingError::code)
        .containsExactly("paxlst.no_flight");
    PaxlstReading arabic =
        reader.read(
            PaxlstWriter.write(
                    PaxlstWriter.Options.passengers(),
                    List.of(LEG),
                    List.of(passenger("صدام", "A", "9", "1A")))
                .getBytes(StandardCharsets.UTF_8));
    assertThat(arabic.readable()).isFalse();
    assertThat(arabic.errors())
        .extracting(ReadingError::code)
        .contains("paxlst.character_not_unoa");
    assertThat(arabic.errors().get(0).segment()).isEqualTo("NAD");
  }
}
