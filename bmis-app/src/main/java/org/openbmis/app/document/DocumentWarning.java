package org.openbmis.app.document;

/**
 * A warning on the inspection screen. {@code severity} is {@code ALERT} (stop and look), {@code
 * WARNING} or {@code INFO}; {@code code} is stable and translated in the message bundles.
 */
public record DocumentWarning(String code, String severity, String field, String message) {}
