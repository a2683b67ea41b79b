package org.openbmis.app.visa;

/** The kinds of visa. */
public enum VisaType {
  TOURIST,
  BUSINESS,
  TRANSIT,
  WORK,
  STUDENT,
  DIPLOMATIC,
  FAMILY,
  OTHER
}
