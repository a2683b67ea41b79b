package org.openbmis.paxlst;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes a PAXLST interchange the way carriers send them (one TDT+20 per leg, NAD+FL or NAD+FM per
 * person with ATT, DTM+329, NAT, RFF+SEA, DOC, DTM+36, LOC+91): for tests, demo data, benchmarks
 * and carriers' test systems. Values are written as given; the release character escapes delimiters
 * in data.
 */
public final class PaxlstWriter {

  private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
  private static final DateTimeFormatter YYMMDDHHMM = DateTimeFormatter.ofPattern("yyMMddHHmm");

  /** Version D02B or D05B, list type, UNH common access reference and part, delimiters. */
  public record Options(
      String version,
      ListType listType,
      String reference,
      int part,
      boolean last,
      char element,
      char terminator) {

    public static Options passengers() {
      return new Options("D02B", ListType.PASSENGERS, null, 1, true, '+', '\'');
    }

    public Options crew() {
      return new Options(version, ListType.CREW, reference, part, last, element, terminator);
    }

    public Options part(String reference, int number, boolean last) {
      return new Options(version, listType, reference, number, last, element, terminator);
    }

    public Options separators(char element, char terminator) {
      return new Options(version, listType, reference, part, last, element, terminator);
    }

    public Options version(String version) {
      return new Options(version, listType, reference, part, last, element, terminator);
    }
  }

  private final Options o;
  private final StringBuilder out = new StringBuilder();
  private int segments;

  private PaxlstWriter(Options options) {
    this.o = options;
  }

  public static String write(Options options, List<FlightLeg> legs, List<ListedPerson> persons) {
    return new PaxlstWriter(options).interchange(legs, persons);
  }

  private String interchange(List<FlightLeg> legs, List<ListedPerson> persons) {
    out.append("UNA:").append(o.element).append(".? ").append(o.terminator).append('\n');
    raw("UNB", "UNOA:4", "OPENBMIS:ZZ", "BORDER:ZZ", "261207:0600", "1");
    segments = 0;
    String version = o.version.substring(1);
    String sequence =
        o.reference == null ? "" : String.format("%02d:%s", o.part, o.last ? "F" : "C");
    seg(
        "UNH",
        "1",
        "PAXLST:D:" + version + ":UN:IATA",
        o.reference == null ? "" : o.reference,
        sequence);
    seg("BGM", o.listType == ListType.CREW ? "250" : "745");
    seg("NAD", "MS", "", "", "OPENBMIS TEST");
    boolean d05 = "D05B".equals(o.version);
    for (FlightLeg leg : legs) {
      seg("TDT", "20", leg.carrier() + leg.number(), "", "", leg.carrier());
      seg("LOC", d05 ? "92" : "125", leg.departure());
      seg("DTM", "189:" + at(leg.scheduledDeparture()) + ":201");
      seg("LOC", d05 ? "92" : "87", leg.arrival());
      seg("DTM", "232:" + at(leg.scheduledArrival()) + ":201");
    }
    for (ListedPerson p : persons) {
      person(p);
    }
    seg("CNT", (o.listType == ListType.CREW ? "41:" : "42:") + persons.size());
    seg("UNT", String.valueOf(segments + 1), "1");
    raw("UNZ", "1", "1");
    return out.toString();
  }

  private void person(ListedPerson p) {
    String[] given = p.givenNames() == null ? new String[0] : p.givenNames().split(" ", 2);
    String name =
        esc(p.surname())
            + (given.length > 0 ? ":" + esc(given[0]) : "")
            + (given.length > 1 ? ":" + esc(given[1]) : "");
    seg("NAD", p.role() == PersonRole.CREW ? "FM" : "FL", "", "", name);
    if (p.sex() != null) {
      seg("ATT", "2", "", p.sex());
    }
    if (p.birthDate() != null) {
      seg("DTM", "329:" + date(p.birthDate()));
    }
    if (p.embarkation() != null) {
      seg("LOC", "178", p.embarkation());
    }
    if (p.debarkation() != null) {
      seg("LOC", "179", p.debarkation());
    }
    if (p.nationality() != null) {
      seg("NAT", "2", p.nationality());
    }
    if (p.seat() != null) {
      seg("RFF", "SEA:" + esc(p.seat()));
    }
    for (PersonDocument d : p.documents()) {
      seg("DOC", d.type() == null ? "P" : d.type(), esc(d.number()));
      if (d.expiry() != null) {
        seg("DTM", "36:" + date(d.expiry()));
      }
      if (d.issuingState() != null) {
        seg("LOC", "91", d.issuingState());
      }
    }
  }

  private void seg(String tag, String... elements) {
    segments++;
    raw(tag, elements);
  }

  private void raw(String tag, String... elements) {
    out.append(tag);
    int last = elements.length;
    while (last > 0 && elements[last - 1].isEmpty()) {
      last--;
    }
    for (int i = 0; i < last; i++) {
      out.append(o.element).append(elements[i]);
    }
    out.append(o.terminator).append('\n');
  }

  private String esc(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (char c : value.toCharArray()) {
      if (c == o.element || c == o.terminator || c == ':' || c == '?') {
        b.append('?');
      }
      b.append(c);
    }
    return b.toString();
  }

  private static String date(LocalDate d) {
    return d.format(YYMMDD);
  }

  private static String at(LocalDateTime t) {
    return t == null ? "" : t.format(YYMMDDHHMM);
  }
}
