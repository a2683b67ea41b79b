package org.openbmis.app.movement.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.biometrics.BiometricCheck;
import org.openbmis.app.movement.Decision;
import org.openbmis.app.movement.DecisionCommand;
import org.openbmis.app.movement.DecisionOverride;
import org.openbmis.app.movement.Direction;
import org.openbmis.app.movement.InspectionView;
import org.openbmis.app.movement.Purpose;
import org.openbmis.app.movement.RefusalReason;
import org.openbmis.app.movement.TransportMode;

/** The decision form as posted, kept to show it again with its errors. */
public class DecisionForm {

  private static final String CARRIER = "[A-Za-z0-9 \\-/.]{0,40}";

  private @Nullable Direction direction;
  private Decision decision = Decision.ADMITTED;
  private @Nullable RefusalReason refusalReason;
  private @Nullable Purpose purpose;
  private @Nullable TransportMode transportMode;
  private @Nullable String carrier;
  private @Nullable String addressInCountry;
  private @Nullable String remarks;
  private List<String> overrideCodes = new ArrayList<>();
  private @Nullable String overrideReason;

  /** The form as first shown: the proposals of the inspection and the last carrier. */
  static DecisionForm proposed(InspectionView view, @Nullable String lastCarrier) {
    DecisionForm f = new DecisionForm();
    f.direction = view.direction();
    f.purpose = view.suggestedPurpose();
    f.transportMode = view.suggestedTransportMode();
    f.carrier = lastCarrier;
    if (view.proposedDecision() != Decision.ADMITTED
        || view.biometrics().outcome() == BiometricCheck.Outcome.NO_MATCH) {
      // a blocking condition must, and fingers that do not match should, go to secondary
      f.decision = Decision.REFERRED;
    }
    return f;
  }

  /** Errors the service does not check (field name to message code). */
  Map<String, String> check() {
    Map<String, String> errors = new LinkedHashMap<>();
    if (carrier != null && !carrier.strip().matches(CARRIER)) {
      errors.put("carrier", "validation.carrier");
    }
    if (addressInCountry != null && addressInCountry.length() > 300) {
      errors.put("addressInCountry", "validation.too_long");
    }
    if (overrideReason != null && overrideReason.length() > 1000) {
      errors.put("override", "validation.too_long");
    }
    if (remarks != null && remarks.length() > 1000) {
      errors.put("remarks", "validation.too_long");
    }
    return errors;
  }

  DecisionCommand toCommand() {
    return new DecisionCommand(
        decision,
        refusalReason,
        purpose,
        transportMode,
        blank(carrier),
        blank(addressInCountry),
        blank(remarks),
        direction,
        decision == Decision.ADMITTED && (!overrideCodes.isEmpty() || blank(overrideReason) != null)
            ? new DecisionOverride(List.copyOf(overrideCodes), blank(overrideReason))
            : null);
  }

  public List<String> getOverrideCodes() {
    return overrideCodes;
  }

  public void setOverrideCodes(@Nullable List<String> overrideCodes) {
    this.overrideCodes = overrideCodes == null ? new ArrayList<>() : new ArrayList<>(overrideCodes);
  }

  public @Nullable String getOverrideReason() {
    return overrideReason;
  }

  public void setOverrideReason(@Nullable String overrideReason) {
    this.overrideReason = overrideReason;
  }

  private static @Nullable String blank(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public @Nullable Direction getDirection() {
    return direction;
  }

  public void setDirection(@Nullable Direction direction) {
    this.direction = direction;
  }

  public Decision getDecision() {
    return decision;
  }

  public void setDecision(@Nullable Decision decision) {
    this.decision = decision == null ? Decision.ADMITTED : decision;
  }

  public @Nullable RefusalReason getRefusalReason() {
    return refusalReason;
  }

  public void setRefusalReason(@Nullable RefusalReason refusalReason) {
    this.refusalReason = refusalReason;
  }

  public @Nullable Purpose getPurpose() {
    return purpose;
  }

  public void setPurpose(@Nullable Purpose purpose) {
    this.purpose = purpose;
  }

  public @Nullable TransportMode getTransportMode() {
    return transportMode;
  }

  public void setTransportMode(@Nullable TransportMode transportMode) {
    this.transportMode = transportMode;
  }

  public @Nullable String getCarrier() {
    return carrier;
  }

  public void setCarrier(@Nullable String carrier) {
    this.carrier = carrier;
  }

  public @Nullable String getAddressInCountry() {
    return addressInCountry;
  }

  public void setAddressInCountry(@Nullable String addressInCountry) {
    this.addressInCountry = addressInCountry;
  }

  public @Nullable String getRemarks() {
    return remarks;
  }

  public void setRemarks(@Nullable String remarks) {
    this.remarks = remarks;
  }
}
