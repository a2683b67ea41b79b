package org.openbmis.biometrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * 1:1 verification over several fingers. Each probe finger is compared with the enrolled print of
 * the same finger (a plain thumb counts as its thumb; slaps and unknown positions are skipped), and
 * the decision is fused by the best score: match if it reaches the threshold. Thread-safe.
 */
public final class FingerprintVerifier {
  private final FingerprintEngine engine;
  private final double threshold;

  /**
   * Creates a verifier with the engine's default threshold (SourceAFIS: 40).
   *
   * @param engine the engine
   * @throws NullPointerException if engine is null
   */
  public FingerprintVerifier(FingerprintEngine engine) {
    this(engine, engine.defaultThreshold());
  }

  /**
   * Creates a verifier.
   *
   * @param engine the engine
   * @param threshold the decision threshold, more than 0
   * @throws NullPointerException if engine is null
   * @throws IllegalArgumentException if the threshold is not positive
   */
  public FingerprintVerifier(FingerprintEngine engine, double threshold) {
    this.engine = Objects.requireNonNull(engine, "engine");
    if (!(threshold > 0)) {
      throw new IllegalArgumentException("threshold must be positive");
    }
    this.threshold = threshold;
  }

  /**
   * Compares a capture with the enrolled prints of one person.
   *
   * @param probe captured templates by position
   * @param reference enrolled templates by position
   * @return the decision, the best score and every comparison made
   * @throws NullPointerException if a map, key or value is null
   * @throws IllegalArgumentException if a template comes from another engine
   */
  public VerificationResult verify(
      Map<FingerPosition, Template> probe, Map<FingerPosition, Template> reference) {
    Objects.requireNonNull(reference, "reference");
    List<FingerComparison> done = new ArrayList<>();
    for (Map.Entry<FingerPosition, Template> p : probe.entrySet()) {
      Optional<FingerPosition> finger = p.getKey().finger();
      if (finger.isEmpty()) {
        continue;
      }
      ProbeMatcher matcher = null;
      for (Map.Entry<FingerPosition, Template> r : reference.entrySet()) {
        if (!finger.equals(r.getKey().finger())) {
          continue;
        }
        matcher = matcher != null ? matcher : engine.matcher(p.getValue());
        double score = matcher.score(r.getValue());
        done.add(new FingerComparison(p.getKey(), r.getKey(), score));
      }
    }
    done.sort(Comparator.comparingDouble(FingerComparison::score).reversed());
    double best = done.isEmpty() ? 0 : done.get(0).score();
    return new VerificationResult(!done.isEmpty() && best >= threshold, best, threshold, done);
  }
}
