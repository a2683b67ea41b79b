package org.openbmis.paxlst;

import java.time.LocalDate;
import java.util.List;

/**
 * A passenger or crew member as the carrier listed them. Names are upper case (cleaned to UNOA);
 * absent values are null. {@code seat} comes from RFF+SEA, {@code reservation} from RFF+AVF.
 */
public record ListedPerson(
    PersonRole role,
    String surname,
    String givenNames,
    String sex,
    LocalDate birthDate,
    String nationality,
    String embarkation,
    String debarkation,
    String seat,
    String reservation,
    List<PersonDocument> documents) {

  public ListedPerson {
    documents = List.copyOf(documents);
  }

  /** Surname and given names as one string ({@code SURNAME GIVEN}). */
  public String fullName() {
    return givenNames == null || givenNames.isBlank() ? surname : surname + " " + givenNames;
  }
}
