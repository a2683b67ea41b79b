package org.openbmis.app.shared.durability;

/**
 * The database could not be synced to the disk after a commit: the storage failed, and what was
 * just committed may not survive a power cut. Answered as 503 {@code shared.storage_unavailable}.
 */
public class DurabilityException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DurabilityException(Throwable cause) {
    super("the database could not be synced to the disk", cause);
  }
}
