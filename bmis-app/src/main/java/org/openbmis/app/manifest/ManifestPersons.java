package org.openbmis.app.manifest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.screening.ScreeningRequest;
import org.openbmis.paxlst.ListedPerson;
import org.openbmis.paxlst.PaxlstMessage;
import org.openbmis.paxlst.PersonDocument;
import org.openbmis.paxlst.PersonRole;

/**
 * The persons of a message as rows and as screening queries. A person keeps the same id when the
 * carrier sends the list again (derived from the flight, role, document and name), so that a hit is
 * stored once per person and alert, however often the manifest is updated.
 */
final class ManifestPersons {

  /** A person to store, the queries to screen them with (one per document), the listed name. */
  record Listed(FlightRepository.NewPerson row, List<ScreeningRequest> queries, String name) {}

  private ManifestPersons() {}

  static List<Listed> of(PaxlstMessage m, UUID flightId, UUID messageId) {
    List<Listed> out = new ArrayList<>();
    Set<UUID> seen = new HashSet<>();
    for (ListedPerson p : m.persons()) {
      PersonDocument first = p.documents().isEmpty() ? null : p.documents().get(0);
      String role = p.role() == PersonRole.CREW ? "CREW" : "PASSENGER";
      UUID id = id(flightId, role, p, first, 0);
      for (int n = 1; !seen.add(id); n++) {
        id = id(flightId, role, p, first, n);
      }
      var row =
          new FlightRepository.NewPerson(
              id,
              flightId,
              messageId,
              m.part().whole() ? null : m.part().reference(),
              m.part().number(),
              role,
              cut(p.surname() == null ? "" : p.surname(), 100),
              p.givenNames() == null ? null : cut(p.givenNames(), 200),
              sex(p.sex()),
              p.birthDate(),
              code(p.nationality(), 3),
              first == null ? null : cut(first.type(), 3),
              first == null ? null : cut(first.number(), 35),
              first == null ? null : code(first.issuingState(), 3),
              first == null ? null : first.expiry(),
              p.seat() == null ? null : cut(p.seat(), 8));
      out.add(new Listed(row, queries(p), p.fullName() == null ? "" : p.fullName()));
    }
    return out;
  }

  static List<ScreeningRequest> queries(ListedPerson p) {
    String dob = p.birthDate() == null ? null : p.birthDate().toString();
    String sex = sex(p.sex());
    List<ScreeningRequest> out = new ArrayList<>();
    for (PersonDocument d : p.documents()) {
      out.add(
          new ScreeningRequest(
              p.surname(),
              p.givenNames(),
              dob,
              code(p.nationality(), 3),
              sex,
              d.number(),
              code(d.issuingState(), 3)));
    }
    if (out.isEmpty()) {
      out.add(
          new ScreeningRequest(
              p.surname(), p.givenNames(), dob, code(p.nationality(), 3), sex, null, null));
    }
    return out;
  }

  static int missingDocuments(PaxlstMessage m) {
    return (int) m.persons().stream().filter(p -> p.documents().isEmpty()).count();
  }

  static int invalidDates(PaxlstMessage m) {
    return (int) m.qualityNotes().stream().filter(n -> n.contains("is not a date")).count();
  }

  private static UUID id(
      UUID flight, String role, ListedPerson p, @Nullable PersonDocument d, int n) {
    String key =
        String.join(
            "|",
            flight.toString(),
            role,
            String.valueOf(p.surname()),
            String.valueOf(p.givenNames()),
            String.valueOf(p.birthDate()),
            d == null ? "" : String.valueOf(d.number()),
            d == null ? "" : String.valueOf(d.issuingState()),
            String.valueOf(n));
    return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
  }

  private static @Nullable String sex(@Nullable String s) {
    return s == null || s.isEmpty()
        ? null
        : switch (s.charAt(0)) {
          case 'M', 'F', 'X' -> String.valueOf(s.charAt(0));
          case 'U' -> "X";
          default -> null;
        };
  }

  /** A country code as listed when it is three letters (GBR), else null. */
  private static @Nullable String code(@Nullable String s, int length) {
    return s != null && s.length() == length && s.chars().allMatch(c -> c >= 'A' && c <= 'Z')
        ? s
        : null;
  }

  private static @Nullable String cut(@Nullable String s, int max) {
    return s == null ? null : s.length() <= max ? s : s.substring(0, max);
  }
}
