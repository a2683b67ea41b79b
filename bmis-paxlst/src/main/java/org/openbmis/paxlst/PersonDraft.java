package org.openbmis.paxlst;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A NAD+FL/FM person group and its ATT, DTM, LOC, NAT, RFF and DOC segments. */
final class PersonDraft {

  private final PersonRole role;
  private final int index;
  private final LocalDate today;
  private final String surname;
  private final String givenNames;
  private String sex;
  private LocalDate birthDate;
  private String nationality;
  private String embarkation;
  private String debarkation;
  private String seat;
  private String reservation;
  private final List<String[]> documents = new ArrayList<>();
  private boolean invalidBirthDate;

  PersonDraft(PersonRole role, Segment nad, int index, LocalDate today) {
    this.role = role;
    this.index = index;
    this.today = today;
    this.surname = nad.get(4, 1).isEmpty() ? nad.get(2, 1) : nad.get(4, 1);
    this.givenNames = (nad.get(4, 2) + " " + nad.get(4, 3)).strip();
  }

  void accept(Segment s, List<String> notes) {
    switch (s.tag) {
      case "ATT" -> sex = "2".equals(s.get(1)) ? s.opt(3, 1) : sex;
      case "NAT" -> nationality = s.opt(2, 1);
      case "RFF" -> {
        if ("SEA".equals(s.get(1, 1))) {
          seat = s.opt(1, 2);
        } else if ("AVF".equals(s.get(1, 1))) {
          reservation = s.opt(1, 2);
        }
      }
      case "DOC" -> documents.add(new String[] {s.get(1, 1), s.get(2, 1), null, null});
      case "DTM" -> dtm(s, notes);
      case "LOC" -> loc(s);
      default -> {}
    }
  }

  private void dtm(Segment s, List<String> notes) {
    String qualifier = s.get(1, 1);
    if ("329".equals(qualifier)) {
      birthDate = EdifactDates.birthDate(s.get(1, 2), today);
      invalidBirthDate = birthDate == null;
    } else if ("36".equals(qualifier) && !documents.isEmpty()) {
      String[] doc = documents.get(documents.size() - 1);
      doc[3] = s.get(1, 2);
      if (EdifactDates.expiry(doc[3]) == null) {
        notes.add("person " + index + ": document expiry date is not a date");
      }
    }
  }

  private void loc(Segment s) {
    String code = s.opt(2, 1);
    switch (s.get(1)) {
      case "178" -> embarkation = code;
      case "179" -> debarkation = code;
      case "91" -> {
        if (!documents.isEmpty()) {
          documents.get(documents.size() - 1)[2] = code;
        }
      }
      default -> {}
    }
  }

  ListedPerson build(List<String> notes) {
    if (invalidBirthDate) {
      notes.add("person " + index + ": date of birth is not a date");
    }
    if (documents.isEmpty()) {
      notes.add("person " + index + ": no travel document");
    }
    List<PersonDocument> docs =
        documents.stream()
            .map(
                d ->
                    new PersonDocument(
                        blank(d[0]),
                        blank(d[1]),
                        d[2],
                        d[3] == null ? null : EdifactDates.expiry(d[3])))
            .toList();
    return new ListedPerson(
        role,
        surname,
        givenNames,
        sex,
        birthDate,
        nationality,
        embarkation,
        debarkation,
        seat,
        reservation,
        docs);
  }

  private static String blank(String v) {
    return v == null || v.isEmpty() ? null : v;
  }
}
