package org.openbmis.app.shared;

/** Something asked for does not exist (HTTP 404). */
public class NotFoundProblem extends BmisException {
  public NotFoundProblem(String code, String message) {
    super(code, message);
  }
}
