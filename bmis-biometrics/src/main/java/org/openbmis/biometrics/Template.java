package org.openbmis.biometrics;

/**
 * A fingerprint template of one finger, in the in-memory form of the {@link FingerprintEngine} that
 * made it (deserialised and ready to match). Implementations are immutable and thread-safe. Persist
 * templates with {@link FingerprintEngine#serialize(Template)}.
 */
public interface Template {
  /**
   * Names the engine that made the template.
   *
   * @return the engine name, e.g. {@code sourceafis}
   */
  String engineName();

  /**
   * Returns the version of the engine that made or deserialised the template.
   *
   * @return the version, e.g. {@code 3.18.1}
   */
  String engineVersion();

  /**
   * Counts the minutiae.
   *
   * @return the number of minutiae, 0 or more
   */
  int minutiaeCount();
}
