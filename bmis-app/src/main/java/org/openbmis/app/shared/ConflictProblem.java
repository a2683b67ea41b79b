package org.openbmis.app.shared;

/** The request conflicts with the current state, e.g. a second decision (HTTP 409). */
public class ConflictProblem extends BmisException {
  public ConflictProblem(String code, String message) {
    super(code, message);
  }
}
