package org.openbmis.app.shared;

/** A business rule forbids the request (HTTP 422). */
public class BusinessRuleProblem extends BmisException {
  public BusinessRuleProblem(String code, String message) {
    super(code, message);
  }
}
