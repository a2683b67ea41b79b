package org.openbmis.app.shared;

/** The acting user may not do this (HTTP 403). */
public class AccessDeniedProblem extends BmisException {
  public AccessDeniedProblem(String code, String message) {
    super(code, message);
  }
}
