package org.openbmis.biometrics;

import com.machinezoo.sourceafis.FingerprintCompatibility;
import com.machinezoo.sourceafis.FingerprintImageOptions;
import com.machinezoo.sourceafis.FingerprintMatcher;
import com.machinezoo.sourceafis.FingerprintTemplate;
import java.util.List;
import java.util.Objects;

/**
 * The default engine: SourceAFIS for Java (Apache-2.0). Extraction takes about 75 ms per 500 ppi
 * image; a matcher built once per probe compares about 28,000 candidates per second per core; the
 * default threshold 40 corresponds to about one false match in 10,000 comparisons.
 */
public final class SourceAfisEngine implements FingerprintEngine {
  static final String NAME = "sourceafis";
  private static final int MAX_IMPORT_BYTES = 1 << 20;

  private final String version = FingerprintCompatibility.version();

  @Override
  public String engineName() {
    return NAME;
  }

  @Override
  public String engineVersion() {
    return version;
  }

  @Override
  public double defaultThreshold() {
    return 40;
  }

  @Override
  public Template extract(FingerprintImage image) {
    Objects.requireNonNull(image, "image");
    try {
      var afisImage =
          new com.machinezoo.sourceafis.FingerprintImage(
              image.width(),
              image.height(),
              image.pixelsUnsafe(),
              new FingerprintImageOptions().dpi(image.dpi()));
      return new SourceAfisTemplate(new FingerprintTemplate(afisImage), version);
    } catch (RuntimeException e) {
      throw new BiometricInputException(
          BiometricError.NOT_A_FINGERPRINT, "template extraction failed", e);
    }
  }

  @Override
  public ProbeMatcher matcher(Template probe) {
    FingerprintMatcher m = new FingerprintMatcher(own(probe).inner());
    return candidate -> m.match(own(candidate).inner());
  }

  @Override
  public byte[] serialize(Template template) {
    return new StoredTemplate(NAME, version, own(template).inner().toByteArray()).toBytes();
  }

  @Override
  public Template deserialize(byte[] data) {
    StoredTemplate stored = StoredTemplate.parse(data);
    if (!NAME.equals(stored.engineName())) {
      throw new BiometricInputException(
          BiometricError.TEMPLATE_ENGINE_MISMATCH, "template made by another engine");
    }
    try {
      return new SourceAfisTemplate(new FingerprintTemplate(stored.payload()), version);
    } catch (RuntimeException e) {
      BiometricError error =
          version.equals(stored.engineVersion())
              ? BiometricError.CORRUPT_TEMPLATE
              : BiometricError.TEMPLATE_ENGINE_MISMATCH;
      throw new BiometricInputException(error, "template cannot be deserialised", e);
    }
  }

  @Override
  public List<Template> importTemplates(byte[] data) {
    Objects.requireNonNull(data, "data");
    if (data.length > MAX_IMPORT_BYTES) {
      throw new BiometricInputException(BiometricError.TOO_LARGE, "template record over 1 MiB");
    }
    if (TemplateFormat.detect(data).isEmpty()) {
      throw new BiometricInputException(
          BiometricError.CORRUPT_TEMPLATE, "not an ISO 19794-2 or ANSI 378 record");
    }
    try {
      List<FingerprintTemplate> found = FingerprintCompatibility.importTemplates(data);
      if (found.isEmpty()) {
        throw new BiometricInputException(BiometricError.CORRUPT_TEMPLATE, "record has no views");
      }
      return found.stream().<Template>map(t -> new SourceAfisTemplate(t, version)).toList();
    } catch (RuntimeException e) {
      if (e instanceof BiometricInputException b) {
        throw b;
      }
      throw new BiometricInputException(
          BiometricError.CORRUPT_TEMPLATE, "minutiae record cannot be imported", e);
    }
  }

  @Override
  public byte[] exportTemplate(Template template, TemplateFormat format) {
    Objects.requireNonNull(format, "format");
    return FingerprintCompatibility.exportTemplates(format.codec(), own(template).inner());
  }

  /**
   * Estimates the heap use of a template, as SourceAFIS computes it (for capacity planning).
   *
   * @param template a template of this engine
   * @return bytes
   * @throws IllegalArgumentException if the template comes from another engine
   * @throws NullPointerException if template is null
   */
  public static int memoryEstimate(Template template) {
    return own(template).memory();
  }

  private static SourceAfisTemplate own(Template template) {
    Objects.requireNonNull(template, "template");
    if (template instanceof SourceAfisTemplate t) {
      return t;
    }
    throw new IllegalArgumentException("template of engine " + template.engineName());
  }
}
