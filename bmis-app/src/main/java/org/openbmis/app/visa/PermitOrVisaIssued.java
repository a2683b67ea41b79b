package org.openbmis.app.visa;

import java.util.UUID;

/**
 * A visa on arrival, permit or pass issued by a user of this node, published in the transaction
 * that wrote it (a post's outbox sends it to headquarters, ADR 0025). Visas and permits written by
 * an import or by the network itself publish nothing.
 *
 * @param kind {@code visa}, {@code permit} or {@code pass}
 * @param id the record's id
 */
public record PermitOrVisaIssued(String kind, UUID id) {

  public static final String VISA = "visa";
  public static final String PERMIT = "permit";
  public static final String PASS = "pass";
}
