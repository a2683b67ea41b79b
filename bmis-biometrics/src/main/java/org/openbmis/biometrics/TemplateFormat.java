package org.openbmis.biometrics;

import java.util.Optional;

/** Standard minutiae template formats for exchange with other systems. */
public enum TemplateFormat {
  /** ISO/IEC 19794-2:2005 finger minutiae record. */
  ISO_19794_2_2005(com.machinezoo.fingerprintio.TemplateFormat.ISO_19794_2_2005),
  /** ISO/IEC 19794-2:2011 finger minutiae record. */
  ISO_19794_2_2011(com.machinezoo.fingerprintio.TemplateFormat.ISO_19794_2_2011),
  /** ANSI INCITS 378-2004. */
  ANSI_378_2004(com.machinezoo.fingerprintio.TemplateFormat.ANSI_378_2004),
  /** ANSI INCITS 378-2009. */
  ANSI_378_2009(com.machinezoo.fingerprintio.TemplateFormat.ANSI_378_2009),
  /** ANSI INCITS 378-2009 with amendment 1. */
  ANSI_378_2009_AM1(com.machinezoo.fingerprintio.TemplateFormat.ANSI_378_2009_AM1);

  private final com.machinezoo.fingerprintio.TemplateFormat codec;

  TemplateFormat(com.machinezoo.fingerprintio.TemplateFormat codec) {
    this.codec = codec;
  }

  com.machinezoo.fingerprintio.TemplateFormat codec() {
    return codec;
  }

  /**
   * Recognises the format of a template from its header.
   *
   * @param data the template bytes
   * @return the format, or empty if the header matches none
   */
  public static Optional<TemplateFormat> detect(byte[] data) {
    if (data == null || data.length < 8) {
      return Optional.empty();
    }
    try {
      com.machinezoo.fingerprintio.TemplateFormat found =
          com.machinezoo.fingerprintio.TemplateFormat.identify(data);
      for (TemplateFormat f : values()) {
        if (f.codec == found) {
          return Optional.of(f);
        }
      }
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
