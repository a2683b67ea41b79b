package org.openbmis.biometrics;

import com.machinezoo.sourceafis.FingerprintCompatibility;
import com.machinezoo.sourceafis.FingerprintTemplate;

/** SourceAFIS template, kept deserialised; the minutiae count is computed on first use. */
final class SourceAfisTemplate implements Template {
  private final FingerprintTemplate inner;
  private final String version;
  private volatile int minutiae = -1;

  SourceAfisTemplate(FingerprintTemplate inner, String version) {
    this.inner = inner;
    this.version = version;
  }

  FingerprintTemplate inner() {
    return inner;
  }

  @Override
  public String engineName() {
    return SourceAfisEngine.NAME;
  }

  @Override
  public String engineVersion() {
    return version;
  }

  @Override
  public int minutiaeCount() {
    int m = minutiae;
    if (m < 0) {
      // ISO/IEC 19794-2:2005: 24-byte record header, then the view header; byte 27 = count
      byte[] iso =
          FingerprintCompatibility.exportTemplates(
              com.machinezoo.fingerprintio.TemplateFormat.ISO_19794_2_2005, inner);
      m = iso.length > 27 ? iso[27] & 0xff : 0;
      minutiae = m;
    }
    return m;
  }

  /** Approximate heap use in bytes, as estimated by SourceAFIS. */
  int memory() {
    return inner.memory();
  }

  @Override
  public String toString() {
    return "SourceAfisTemplate[" + version + "]";
  }
}
