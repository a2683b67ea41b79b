package org.openbmis.app.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openbmis.mrz.Sex;
import org.openbmis.screening.AlertAction;
import org.openbmis.screening.AlertName;
import org.openbmis.screening.Confidentiality;
import org.openbmis.screening.DateOfBirth;
import org.openbmis.screening.IdentityDocument;
import org.openbmis.screening.NameKind;
import org.openbmis.screening.PersonAlert;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of a person alert in {@code scr_person_alert.payload}, independent of the library.
 */
record StoredAlert(
    List<Name> names,
    List<Dob> datesOfBirth,
    Set<String> nationalities,
    @Nullable String sex,
    List<Doc> documents,
    @Nullable String reason,
    @Nullable String issuingAgency,
    String action,
    @Nullable LocalDate validFrom,
    @Nullable LocalDate validUntil,
    String confidentiality) {

  record Name(String value, String kind) {}

  record Dob(int year, int month, int day, int toYear, boolean approximate) {}

  record Doc(String number, @Nullable String issuingState, @Nullable String type) {}

  private static final JsonMapper JSON = JsonMapper.builder().build();

  static StoredAlert of(PersonAlert a) {
    return new StoredAlert(
        a.names().stream().map(n -> new Name(n.value(), n.kind().name())).toList(),
        a.datesOfBirth().stream()
            .map(d -> new Dob(d.year(), d.month(), d.day(), d.toYear(), d.approximate()))
            .toList(),
        a.nationalities(),
        a.sex() == null ? null : a.sex().code(),
        a.documents().stream().map(d -> new Doc(d.number(), d.issuingState(), d.type())).toList(),
        a.reason(),
        a.issuingAgency(),
        a.action().name(),
        a.validFrom(),
        a.validUntil(),
        a.confidentiality().name());
  }

  PersonAlert toAlert(String listCode, String sourceId) {
    return new PersonAlert(
        listCode,
        sourceId,
        names.stream().map(n -> new AlertName(n.value(), NameKind.valueOf(n.kind()))).toList(),
        datesOfBirth.stream()
            .map(d -> new DateOfBirth(d.year(), d.month(), d.day(), d.toYear(), d.approximate()))
            .toList(),
        nationalities == null ? Set.of() : nationalities,
        sex == null ? null : Sex.fromMrz(sex.charAt(0)),
        documents.stream()
            .map(d -> new IdentityDocument(d.number(), d.issuingState(), d.type()))
            .toList(),
        reason,
        issuingAgency,
        AlertAction.valueOf(action),
        validFrom,
        validUntil,
        Confidentiality.valueOf(confidentiality));
  }

  String json() {
    return JSON.writeValueAsString(this);
  }

  static StoredAlert parse(String json) {
    return JSON.readValue(json, StoredAlert.class);
  }
}
