package org.openbmis.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.openbmis.mrz.Sex;

/**
 * A person on an alert list.
 *
 * @param listCode code of the list, e.g. {@code "UN"}
 * @param sourceId the entry's id in its source list (UN reference number, OFAC ent_num, EU
 *     logicalId, FtM id, national id)
 * @param names names and aliases in any script, at least one
 * @param datesOfBirth dates of birth (several when the list is unsure)
 * @param nationalities ISO 3166-1 alpha-3 / ICAO codes
 * @param sex the sex, or null when unknown
 * @param documents identity documents of the person
 * @param reason why the person is listed (free text)
 * @param issuingAgency the agency that asked for the alert
 * @param action what to do on a hit
 * @param validFrom first day of validity, or null
 * @param validUntil last day of validity, or null
 * @param confidentiality who may see the details
 */
public record PersonAlert(
    String listCode,
    String sourceId,
    List<AlertName> names,
    List<DateOfBirth> datesOfBirth,
    Set<String> nationalities,
    Sex sex,
    List<IdentityDocument> documents,
    String reason,
    String issuingAgency,
    AlertAction action,
    LocalDate validFrom,
    LocalDate validUntil,
    Confidentiality confidentiality) {

  /** Validates the alert and copies the collections. */
  public PersonAlert {
    requireText(listCode, "listCode");
    requireText(sourceId, "sourceId");
    names = List.copyOf(names);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("a person alert needs at least one name");
    }
    datesOfBirth = List.copyOf(datesOfBirth);
    nationalities = Set.copyOf(nationalities);
    documents = List.copyOf(documents);
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(confidentiality, "confidentiality");
    if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
      throw new IllegalArgumentException("validUntil before validFrom");
    }
  }

  /**
   * A builder with action {@link AlertAction#REFER_TO_SECONDARY} and confidentiality {@link
   * Confidentiality#PUBLIC} by default.
   *
   * @param listCode the list code
   * @param sourceId the entry's id in the source list
   * @return a new builder
   */
  public static PersonAlertBuilder builder(String listCode, String sourceId) {
    return new PersonAlertBuilder(listCode, sourceId);
  }

  /**
   * The first primary name (or the first name).
   *
   * @return the display name
   */
  public String displayName() {
    return names.stream()
        .filter(n -> n.kind() == NameKind.PRIMARY)
        .findFirst()
        .orElse(names.get(0))
        .value();
  }

  /**
   * Whether the alert is in force on a day.
   *
   * @param day the day
   * @return true if the day lies in the validity period
   */
  public boolean isValidOn(LocalDate day) {
    return (validFrom == null || !day.isBefore(validFrom))
        && (validUntil == null || !day.isAfter(validUntil));
  }

  /**
   * A stable SHA-256 hash of the content (every field, collections in a canonical order), so a new
   * import can be diffed against the previous version: same sourceId and same hash means unchanged.
   *
   * @return 64 lower-case hex digits
   */
  public String contentHash() {
    return ContentHash.of(this);
  }

  private static void requireText(String s, String field) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
  }
}
