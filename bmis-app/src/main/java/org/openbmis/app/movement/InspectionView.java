package org.openbmis.app.movement;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.document.DocumentReading;
import org.openbmis.app.manifest.ManifestMention;
import org.openbmis.app.screening.DeskScreening;
import org.openbmis.app.visa.EntryAssessment;
import org.openbmis.app.visa.ExitAssessment;

/**
 * Everything the officer sees after the scan: one screen, every check with its reason. {@code
 * biometrics} is NOT_CAPTURED until fingers or a photo are captured for the inspection ({@link
 * DeskBiometrics}). {@code proposedDecision} is REFERRED when a {@code blocking} condition stands
 * ({@link DecisionPolicy}); {@code mayOverride}: the user may admit anyway, with a reason. {@code
 * desk} is what the desk adds: its flow and lane, the group the inspection joined, crew (ADR 0016).
 * {@code manifest}: the flight manifest the traveller was on, with the pre-arrival result (ADR
 * 0019), or null.
 */
public record InspectionView(
    UUID id,
    Direction direction,
    DocumentReading document,
    TravellerView traveller,
    List<InspectionWarning> warnings,
    List<MovementSummary> history,
    @Nullable OpenStay openStay,
    long previousRefusals,
    Instant startedAt,
    @Nullable Purpose suggestedPurpose,
    TransportMode suggestedTransportMode,
    @Nullable EntryAssessment admission,
    @Nullable ExitAssessment exitAssessment,
    DeskScreening screening,
    InspectionBiometrics biometrics,
    DeskContext desk,
    Decision proposedDecision,
    List<Condition> blocking,
    boolean mayOverride,
    @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable ManifestMention manifest) {

  /**
   * The same inspection after a biometric capture: its result, its warnings first (alert hits
   * before everything), and its alert hits added to the screening.
   */
  InspectionView withBiometrics(
      InspectionBiometrics result, List<InspectionWarning> found, DeskScreening screened) {
    List<InspectionWarning> all = new ArrayList<>(found);
    warnings.stream().filter(w -> !DeskBiometrics.FIELD.equals(w.field())).forEach(all::add);
    return new InspectionView(
        id,
        direction,
        document,
        traveller,
        List.copyOf(all),
        history,
        openStay,
        previousRefusals,
        startedAt,
        suggestedPurpose,
        suggestedTransportMode,
        admission,
        exitAssessment,
        screened,
        result,
        desk,
        blocking(screened).isEmpty() ? Decision.ADMITTED : Decision.REFERRED,
        blocking(screened),
        mayOverride,
        manifest);
  }

  /** The blocking conditions once the screening includes the biometric alert hits. */
  private List<Condition> blocking(DeskScreening screened) {
    List<Condition> all = new ArrayList<>(blocking);
    if (screened.blocksAdmission()
        && all.stream().noneMatch(c -> c.code().equals("screening.blocking_hit"))) {
      all.add(
          new Condition(
              "screening.blocking_hit", "An alert hit requires secondary inspection (biometric)."));
    }
    return List.copyOf(all);
  }

  /** The traveller, and whether this is their first crossing on record. */
  public record TravellerView(
      UUID id,
      String primaryIdentifier,
      String secondaryIdentifier,
      java.time.@Nullable LocalDate dateOfBirth,
      String sex,
      @Nullable String nationality,
      boolean newTraveller) {}
}
