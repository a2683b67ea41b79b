package org.openbmis.app.biometrics;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.biometrics.Candidate;
import org.openbmis.biometrics.FingerPosition;
import org.openbmis.biometrics.FingerprintVerifier;
import org.openbmis.biometrics.Template;
import org.openbmis.biometrics.VerificationResult;
import org.openbmis.biometrics.crypto.TemplateCipherException;
import org.springframework.stereotype.Component;

/** 1:1 against a traveller's enrolled prints (read and decrypted, audited) and 1:N searches. */
@Component
class Matching {

  private final FingerprintRepository repo;
  private final TemplateStore store;
  private final FingerprintVerifier verifier;
  private final Galleries galleries;
  private final BiometricsProperties properties;
  private final AuditLog audit;

  Matching(
      FingerprintRepository repo,
      TemplateStore store,
      FingerprintVerifier verifier,
      Galleries galleries,
      BiometricsProperties properties,
      AuditLog audit) {
    this.repo = repo;
    this.store = store;
    this.verifier = verifier;
    this.galleries = galleries;
    this.properties = properties;
    this.audit = audit;
  }

  double threshold() {
    return properties.threshold();
  }

  /** The traveller's enrolled templates, decrypted; a tampered record is audited and thrown. */
  Map<FingerPosition, Template> enrolled(UUID travellerId) {
    return open(travellerId, repo.active(travellerId), "1:1");
  }

  /** Decrypts prints of a traveller for a purpose (audited); a tampered record is thrown. */
  Map<FingerPosition, Template> open(
      UUID travellerId, List<FingerprintRepository.StoredPrint> prints, String purpose) {
    Map<FingerPosition, Template> out = new EnumMap<>(FingerPosition.class);
    for (FingerprintRepository.StoredPrint p : prints) {
      try {
        out.put(p.position(), store.openOrThrow(p.id(), p.sealedTemplate()));
      } catch (TemplateCipherException e) {
        audit.record(
            "biometrics.fingerprints_read",
            "traveller",
            travellerId,
            AuditLog.Outcome.FAILURE,
            "record " + p.id() + " failed authentication");
        throw e;
      }
    }
    audit.record(
        "biometrics.fingerprints_read",
        "traveller",
        travellerId,
        AuditLog.Outcome.SUCCESS,
        out.size() + " templates for " + purpose);
    return out;
  }

  Verification verify(Map<FingerPosition, Template> probe, Map<FingerPosition, Template> ref) {
    VerificationResult r = verifier.verify(probe, ref);
    return new Verification(
        r.match(),
        Math.round(r.score() * 100) / 100.0,
        r.threshold(),
        r.fingers().stream().map(FingerScore::of).toList());
  }

  List<IdentityCandidate> identify(Map<FingerPosition, Template> probe, double threshold) {
    return galleries.searchTravellers(probe, threshold, properties.maxCandidates()).stream()
        .map(c -> new IdentityCandidate(UUID.fromString(c.subjectId()), round(c), fingers(c)))
        .toList();
  }

  List<BiometricAlertHit> alerts(Map<FingerPosition, Template> probe) {
    return galleries
        .searchAlerts(probe, properties.threshold(), properties.maxCandidates())
        .stream()
        .map(
            c -> {
              int slash = c.subjectId().indexOf('/');
              return new BiometricAlertHit(
                  c.subjectId().substring(0, slash),
                  c.subjectId().substring(slash + 1),
                  round(c),
                  fingers(c));
            })
        .toList();
  }

  private static double round(Candidate c) {
    return Math.round(c.score() * 100) / 100.0;
  }

  private static List<FingerScore> fingers(Candidate c) {
    return c.fingers().stream().map(FingerScore::of).limit(10).toList();
  }
}
