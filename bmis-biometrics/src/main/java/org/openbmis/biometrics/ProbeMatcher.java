package org.openbmis.biometrics;

/**
 * A probe template prepared for fast 1:N comparison. Build it once per probe with {@link
 * FingerprintEngine#matcher(Template)} and reuse it for every candidate. Implementations are
 * thread-safe, so one matcher serves several threads.
 */
public interface ProbeMatcher {
  /**
   * Compares the probe with a candidate.
   *
   * @param candidate a template of the same engine
   * @return the similarity score, 0 or more; higher means more similar (SourceAFIS: 40 is about one
   *     false match in 10,000)
   * @throws IllegalArgumentException if the candidate comes from another engine
   * @throws NullPointerException if candidate is null
   */
  double score(Template candidate);
}
