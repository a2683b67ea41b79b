package org.openbmis.app.screening;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.screening.AlertAction;
import org.openbmis.screening.Confidentiality;
import org.openbmis.screening.PersonAlert;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records fingerprint matches with person alerts as desk hits (origin BIOMETRIC), so that they
 * block admission, go to secondary and are resolved by a supervisor exactly like name hits. The
 * action is the alert's (or its list's default when the alert is no longer live); a biometric hit
 * cleared as a false positive is remembered for biometric hits of the same alert content only (its
 * reference is {@code B:list:sourceId}, never the name hit's {@code P:...}).
 *
 * <p>The score column holds name-match scores in [0, 1]; a fingerprint hit is stored as 1 (at or
 * above the biometric threshold) and its fingerprint score is in the explanation.
 */
@Service
public class BiometricAlertScreening {

  private final ScreeningIndex index;
  private final PersonAlertRepository alerts;
  private final DeskHits hits;
  private final AuditLog audit;
  private final Clock clock;

  BiometricAlertScreening(
      ScreeningIndex index,
      PersonAlertRepository alerts,
      DeskHits hits,
      AuditLog audit,
      Clock clock) {
    this.index = index;
    this.alerts = alerts;
    this.hits = hits;
    this.audit = audit;
    this.clock = clock;
  }

  /** Stores one hit per match and answers them as the desk shows hits, blocking ones first. */
  @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
  @Transactional
  public List<DeskHit> recordAtDesk(
      UUID travellerId, UUID inspectionId, List<BiometricMatch> found) {
    Instant now = clock.instant();
    var clearance = AlertVisibility.clearance();
    List<DeskHit> out = new ArrayList<>();
    for (BiometricMatch b : found) {
      out.add(
          hits.record(
              travellerId, inspectionId, null, HitOrigin.BIOMETRIC, match(b), now, clearance));
    }
    out.sort((a, b) -> Boolean.compare(b.blocking(), a.blocking()));
    if (!out.isEmpty()) {
      audit.record(
          "screening.biometric_hits",
          "traveller",
          travellerId,
          AuditLog.Outcome.SUCCESS,
          out.size()
              + " hits"
              + (out.stream().anyMatch(DeskHit::blocking) ? ", blocking" : "")
              + " inspection "
              + inspectionId);
    }
    return List.copyOf(out);
  }

  private Match match(BiometricMatch b) {
    Optional<ListState> list =
        index.lists().stream().filter(l -> l.code().equals(b.listCode())).findFirst();
    Optional<PersonAlert> alert = alerts.findLive(b.listCode(), b.sourceId()).map(r -> r.alert());
    AlertAction action =
        alert
            .map(PersonAlert::action)
            .or(() -> list.map(ListState::action))
            .orElse(AlertAction.REFER_TO_SECONDARY);
    String explanation =
        String.format(
            Locale.ROOT,
            "Fingerprint match with the prints of this alert: score %.1f, fingers %s%s",
            b.score(),
            b.fingers(),
            alert.isPresent() ? "" : "; the alert is not live in the list any more");
    String ref = "B:" + b.listCode() + ":" + b.sourceId();
    return new Match(
        ListKind.PERSON,
        b.listCode(),
        list.map(ListState::version).orElse(0),
        b.sourceId(),
        ref.length() > 64 ? ref.substring(0, 64) : ref,
        alert.map(PersonAlert::contentHash).orElse("biometric"),
        1.0,
        action,
        alert.map(PersonAlert::displayName).orElse(null),
        explanation,
        alert.map(PersonAlert::confidentiality).orElse(Confidentiality.RESTRICTED),
        alert.map(PersonAlert::reason).orElse(null),
        alert.map(PersonAlert::issuingAgency).orElse(null),
        list.map(ListState::threshold).orElse(1.0));
  }
}
