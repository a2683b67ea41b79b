package org.openbmis.app.movement;

/** The document examination's result at secondary inspection. */
public enum DocumentExamination {
  GENUINE,
  ALTERED,
  COUNTERFEIT,
  FRAUDULENTLY_OBTAINED,
  IMPOSTOR
}
