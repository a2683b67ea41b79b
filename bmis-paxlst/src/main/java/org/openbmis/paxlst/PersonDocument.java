package org.openbmis.paxlst;

import java.time.LocalDate;

/** A travel document of a listed person (DOC with DTM+36 and LOC+91); absent values are null. */
public record PersonDocument(String type, String number, String issuingState, LocalDate expiry) {}
