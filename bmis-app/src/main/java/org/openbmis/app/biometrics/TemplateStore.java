package org.openbmis.app.biometrics;

import java.util.Optional;
import java.util.UUID;
import org.openbmis.biometrics.BiometricInputException;
import org.openbmis.biometrics.FingerprintEngine;
import org.openbmis.biometrics.Template;
import org.openbmis.biometrics.crypto.TemplateCipherException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Templates at rest: serialised by the engine (with its name and version) and sealed with the
 * record id; opened back into matchable templates.
 */
@Component
class TemplateStore {

  private static final Logger log = LoggerFactory.getLogger(TemplateStore.class);

  private final FingerprintEngine engine;
  private final Sealer sealer;

  TemplateStore(FingerprintEngine engine, Sealer sealer) {
    this.engine = engine;
    this.sealer = sealer;
  }

  boolean enabled() {
    return sealer.enabled();
  }

  /** Throws the "not configured" problem when no key is set. */
  void requireEnabled() {
    sealer.requireEnabled();
  }

  byte[] seal(UUID recordId, Template template) {
    return sealer.sealTemplate(recordId, engine.serialize(template));
  }

  /**
   * Opens a sealed template.
   *
   * @throws TemplateCipherException if the record was altered or sealed under another id or key
   * @throws BiometricInputException if another engine or an incompatible version wrote it
   */
  Template openOrThrow(UUID recordId, byte[] sealed) {
    return engine.deserialize(sealer.openTemplate(recordId, sealed));
  }

  /** Opens a sealed template; empty (and logged, without data) when it cannot be read. */
  Optional<Template> open(UUID recordId, byte[] sealed) {
    try {
      return Optional.of(openOrThrow(recordId, sealed));
    } catch (TemplateCipherException | BiometricInputException e) {
      log.warn("Biometric record {} cannot be read: {}", recordId, e.getMessage());
      return Optional.empty();
    }
  }

  /** The engine's serialised template inside a sealed record (to carry it elsewhere). */
  byte[] openSerialized(UUID recordId, byte[] sealed) {
    return sealer.openTemplate(recordId, sealed);
  }

  /** A serialised template carried from elsewhere, checked by this engine, and sealed here. */
  Template parse(byte[] serialized) {
    return engine.deserialize(serialized);
  }

  byte[] sealSerialized(UUID recordId, byte[] serialized) {
    return sealer.sealTemplate(recordId, serialized);
  }

  String engineName() {
    return engine.engineName();
  }

  String engineVersion() {
    return engine.engineVersion();
  }
}
