package org.openbmis.app.biometrics;

import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.BusinessRuleProblem;
import org.openbmis.biometrics.crypto.TemplateCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Encrypts templates and images at rest (AES-256-GCM of the library) with the configured key. A
 * template is bound to its record id, an image to {@code <id>/image}, so that neither can be moved
 * to another record or column. Without a key biometric storage is off.
 */
@Component
class Sealer {

  private static final Logger log = LoggerFactory.getLogger(Sealer.class);

  /** Bound with the record id to a template (nothing) and to an image. */
  static final String TEMPLATE_AAD_SUFFIX = "";

  static final String IMAGE_AAD_SUFFIX = "/image";

  private final @Nullable TemplateCipher cipher;

  Sealer(BiometricsProperties properties) {
    TemplateCipher c = null;
    if (properties.key() != null) {
      try {
        c = TemplateCipher.fromBase64(properties.key());
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(
            "bmis.biometrics.key must be a base64-encoded 256-bit AES key", e);
      }
    } else {
      log.warn("No bmis.biometrics.key (BMIS_BIOMETRICS_KEY): biometric storage is off");
    }
    this.cipher = c;
  }

  boolean enabled() {
    return cipher != null;
  }

  byte[] sealTemplate(Object recordId, byte[] plain) {
    return cipher().encrypt(recordId + TEMPLATE_AAD_SUFFIX, plain);
  }

  byte[] openTemplate(Object recordId, byte[] sealed) {
    return cipher().decrypt(recordId + TEMPLATE_AAD_SUFFIX, sealed);
  }

  byte[] sealImage(Object recordId, byte[] plain) {
    return cipher().encrypt(recordId + IMAGE_AAD_SUFFIX, plain);
  }

  byte[] openImage(Object recordId, byte[] sealed) {
    return cipher().decrypt(recordId + IMAGE_AAD_SUFFIX, sealed);
  }

  void requireEnabled() {
    cipher();
  }

  private TemplateCipher cipher() {
    if (cipher == null) {
      throw new BusinessRuleProblem(
          "biometrics.not_configured",
          "Biometric storage is not configured at this node (no encryption key).");
    }
    return cipher;
  }
}
