package org.openbmis.app.movement;

/** Purpose of travel, as declared at the desk. */
public enum Purpose {
  TOURISM,
  BUSINESS,
  WORK,
  STUDY,
  TRANSIT,
  FAMILY_VISIT,
  RETURNING_RESIDENT,
  OTHER
}
