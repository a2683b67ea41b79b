package org.openbmis.app.shared.durability;

/** What the transaction manager calls after each read-write commit, before it returns. */
public interface CommitDurability {

  /** Returns once the commit that just ended survives what the node promises. */
  void afterCommit();

  /** A database that makes commits durable itself (PostgreSQL), or one that is not kept. */
  CommitDurability NONE = () -> {};
}
