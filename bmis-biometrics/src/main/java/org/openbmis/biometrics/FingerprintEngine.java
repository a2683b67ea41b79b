package org.openbmis.biometrics;

import java.util.List;

/**
 * A fingerprint recognition engine: extraction, matching, persistence and standard template
 * exchange. {@link SourceAfisEngine} is the default; a national or commercial engine plugs in by
 * implementing this interface. Implementations are thread-safe.
 */
public interface FingerprintEngine {
  /**
   * Names the engine; recorded with every stored template.
   *
   * @return a short stable name, e.g. {@code sourceafis}
   */
  String engineName();

  /**
   * Returns the engine version; recorded with every stored template.
   *
   * @return the version
   */
  String engineVersion();

  /**
   * Returns the score at or above which two templates are considered the same finger.
   *
   * @return the engine's default decision threshold
   */
  double defaultThreshold();

  /**
   * Extracts a template from an image.
   *
   * @param image the fingerprint image
   * @return the template
   * @throws BiometricInputException with {@link BiometricError#NOT_A_FINGERPRINT} if the engine
   *     cannot process the image
   * @throws NullPointerException if image is null
   */
  Template extract(FingerprintImage image);

  /**
   * Prepares a probe for comparison with many candidates. Build it once per probe.
   *
   * @param probe a template of this engine
   * @return a thread-safe matcher
   * @throws IllegalArgumentException if the template comes from another engine
   * @throws NullPointerException if probe is null
   */
  ProbeMatcher matcher(Template probe);

  /**
   * Serialises a template with the engine name and version ({@link StoredTemplate}).
   *
   * @param template a template of this engine
   * @return the bytes to store
   * @throws IllegalArgumentException if the template comes from another engine
   * @throws NullPointerException if template is null
   */
  byte[] serialize(Template template);

  /**
   * Reads a template written by {@link #serialize(Template)}.
   *
   * @param data the stored bytes
   * @return the template, ready to match
   * @throws BiometricInputException with {@link BiometricError#CORRUPT_TEMPLATE} if the bytes are
   *     malformed, {@link BiometricError#TEMPLATE_ENGINE_MISMATCH} if another engine or an
   *     incompatible version wrote them
   * @throws NullPointerException if data is null
   */
  Template deserialize(byte[] data);

  /**
   * Imports a standard minutiae template (ISO/IEC 19794-2 or ANSI INCITS 378), one template per
   * finger view in the record.
   *
   * @param data the record
   * @return the templates, at least one
   * @throws BiometricInputException with {@link BiometricError#CORRUPT_TEMPLATE} if the record is
   *     malformed or in no supported format, {@link BiometricError#TOO_LARGE} if over 1 MiB
   * @throws NullPointerException if data is null
   */
  List<Template> importTemplates(byte[] data);

  /**
   * Exports a template in a standard format.
   *
   * @param template a template of this engine
   * @param format the format
   * @return the record
   * @throws IllegalArgumentException if the template comes from another engine
   * @throws NullPointerException if an argument is null
   */
  byte[] exportTemplate(Template template, TemplateFormat format);
}
