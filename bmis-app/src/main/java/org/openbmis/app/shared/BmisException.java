package org.openbmis.app.shared;

/**
 * Base of the few exception categories. Each carries a stable code ({@code module.reason}) that the
 * API returns in its problem details and the UI translates from the message bundles.
 */
public abstract class BmisException extends RuntimeException {

  private final String code;
  private final java.util.Map<String, Object> details = new java.util.LinkedHashMap<>();

  protected BmisException(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** The problem detail's own members: a detail of the same name would repeat a key. */
  private static final java.util.Set<String> MEMBERS =
      java.util.Set.of("type", "title", "status", "detail", "instance", "code");

  /** Adds a machine-readable detail (a property of the API's problem detail). */
  public BmisException detail(String name, Object value) {
    if (MEMBERS.contains(name)) {
      throw new IllegalArgumentException("a problem detail already has a member " + name);
    }
    details.put(name, value);
    return this;
  }

  /** The details added, in order. */
  public java.util.Map<String, Object> details() {
    return java.util.Collections.unmodifiableMap(details);
  }
}
