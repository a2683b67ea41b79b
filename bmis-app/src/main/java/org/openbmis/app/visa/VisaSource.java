package org.openbmis.app.visa;

/** Where a visa came from. */
public enum VisaSource {
  /** Issued by a consulate or post and entered centrally. */
  ISSUED,
  /** An e-visa approval, imported from a file or received through the API. */
  EVISA,
  /** Issued at the desk on arrival, against a fee receipt. */
  ON_ARRIVAL
}
