package org.openbmis.app.screening;

/** What a list holds: persons or documents. */
public enum ListKind {
  PERSON,
  DOCUMENT
}
