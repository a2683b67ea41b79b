package org.openbmis.app.shared;

import java.util.List;

/**
 * Audit entries just chained (ADR 0010), published inside the chaining transaction: a listener's
 * writes commit with the entries' sequence numbers and hashes, or not at all. At a post the network
 * sends them to headquarters this way (ADR 0025).
 *
 * @param links the entries in chain order, each with the hash before it and its own
 */
public record AuditChained(List<Link> links) {

  /** One chained entry: {@code hash = AuditChain.hash(previousHash, entry)}. */
  public record Link(AuditChain.Entry entry, String previousHash, String hash) {}
}
