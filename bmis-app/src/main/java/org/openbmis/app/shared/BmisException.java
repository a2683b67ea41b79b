package org.openbmis.app.shared;

/**
 * Base of the few exception categories. Each carries a stable code ({@code module.reason}) that the
 * API returns in its problem details and the UI translates from the message bundles.
 */
public abstract class BmisException extends RuntimeException {

  private final String code;

  protected BmisException(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
