package org.openbmis.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openbmis.mrz.Sex;

/** Builds a {@link PersonAlert}; importers use it field by field. Not thread-safe. */
public final class PersonAlertBuilder {
  private final String listCode;
  private final String sourceId;
  private final List<AlertName> names = new ArrayList<>();
  private final List<DateOfBirth> dates = new ArrayList<>();
  private final Set<String> nationalities = new LinkedHashSet<>();
  private final List<IdentityDocument> documents = new ArrayList<>();
  private Sex sex;
  private String reason;
  private String agency;
  private AlertAction action = AlertAction.REFER_TO_SECONDARY;
  private LocalDate validFrom;
  private LocalDate validUntil;
  private Confidentiality confidentiality = Confidentiality.PUBLIC;

  PersonAlertBuilder(String listCode, String sourceId) {
    this.listCode = listCode;
    this.sourceId = sourceId;
  }

  /**
   * Adds a name unless blank or already present.
   *
   * @param value the name
   * @param kind its role
   * @return this
   */
  public PersonAlertBuilder name(String value, NameKind kind) {
    if (value != null && !value.isBlank()) {
      AlertName n = new AlertName(value, kind);
      if (names.stream().noneMatch(x -> x.value().equalsIgnoreCase(n.value()))) {
        names.add(n);
      }
    }
    return this;
  }

  /**
   * Adds a date of birth unless already present.
   *
   * @param dob the date
   * @return this
   */
  public PersonAlertBuilder dateOfBirth(DateOfBirth dob) {
    if (dob != null && !dates.contains(dob)) {
      dates.add(dob);
    }
    return this;
  }

  /**
   * Adds a nationality.
   *
   * @param alpha3 ISO alpha-3 / ICAO code; null is ignored
   * @return this
   */
  public PersonAlertBuilder nationality(String alpha3) {
    if (alpha3 != null && !alpha3.isBlank()) {
      nationalities.add(alpha3.strip().toUpperCase(java.util.Locale.ROOT));
    }
    return this;
  }

  /**
   * Adds an identity document unless already present.
   *
   * @param doc the document
   * @return this
   */
  public PersonAlertBuilder document(IdentityDocument doc) {
    if (doc != null && !documents.contains(doc)) {
      documents.add(doc);
    }
    return this;
  }

  /**
   * Sets the sex.
   *
   * @param sex the sex, null when unknown
   * @return this
   */
  public PersonAlertBuilder sex(Sex sex) {
    this.sex = sex;
    return this;
  }

  /**
   * Sets the reason.
   *
   * @param reason free text
   * @return this
   */
  public PersonAlertBuilder reason(String reason) {
    this.reason = reason;
    return this;
  }

  /**
   * Sets the issuing agency.
   *
   * @param agency free text
   * @return this
   */
  public PersonAlertBuilder issuingAgency(String agency) {
    this.agency = agency;
    return this;
  }

  /**
   * Sets the action.
   *
   * @param action the action
   * @return this
   */
  public PersonAlertBuilder action(AlertAction action) {
    this.action = action;
    return this;
  }

  /**
   * Sets the validity period.
   *
   * @param from first day, or null
   * @param until last day, or null
   * @return this
   */
  public PersonAlertBuilder validity(LocalDate from, LocalDate until) {
    this.validFrom = from;
    this.validUntil = until;
    return this;
  }

  /**
   * Sets the confidentiality level.
   *
   * @param level the level
   * @return this
   */
  public PersonAlertBuilder confidentiality(Confidentiality level) {
    this.confidentiality = level;
    return this;
  }

  /**
   * Whether a name has been added.
   *
   * @return true if at least one name is present
   */
  public boolean hasName() {
    return !names.isEmpty();
  }

  /**
   * Builds the alert.
   *
   * @return the alert
   * @throws IllegalArgumentException if a required field is missing or invalid
   */
  public PersonAlert build() {
    return new PersonAlert(
        listCode,
        sourceId,
        names,
        dates,
        nationalities,
        sex,
        documents,
        reason,
        agency,
        action,
        validFrom,
        validUntil,
        confidentiality);
  }
}
