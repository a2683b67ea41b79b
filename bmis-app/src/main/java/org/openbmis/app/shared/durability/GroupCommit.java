package org.openbmis.app.shared.durability;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Group commit: a thread whose transaction has committed (its changes are written to the file)
 * calls {@link #awaitDurable()}, which returns once a sync that started after that call has ended.
 * One sync at a time; the threads that arrive while a sync runs wait for the next one, which then
 * covers all of them. At 50 desks a sync of a few milliseconds thus serves every commit of those
 * milliseconds, instead of each commit waiting for its own.
 *
 * <p>The first waiter that finds no sync running performs it (no hand-over to another thread). If
 * the sync fails, that caller gets the exception; the waiters it would have covered try again.
 */
public final class GroupCommit {

  /** Flushes everything written so far to stable storage. */
  @FunctionalInterface
  public interface Sync {
    void run() throws Exception;
  }

  private final Sync sync;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition synced = lock.newCondition();
  private long requested;
  private long covered;
  private boolean syncing;
  private long syncs;

  public GroupCommit(Sync sync) {
    this.sync = sync;
  }

  /**
   * Returns once everything this thread wrote before the call is on stable storage.
   *
   * @throws DurabilityException if the sync failed (the data may not be on the disk)
   */
  public void awaitDurable() {
    lock.lock();
    try {
      long ticket = ++requested;
      while (covered < ticket) {
        if (syncing) {
          synced.awaitUninterruptibly();
          continue;
        }
        syncing = true;
        long upTo = requested;
        lock.unlock();
        boolean ok = false;
        try {
          sync.run();
          ok = true;
        } catch (Exception e) {
          throw new DurabilityException(e);
        } finally {
          lock.lock();
          syncing = false;
          if (ok) {
            covered = Math.max(covered, upTo);
            syncs++;
          }
          synced.signalAll();
        }
      }
    } finally {
      lock.unlock();
    }
  }

  /** Syncs performed so far (for the metrics: commits per sync). */
  public long syncs() {
    lock.lock();
    try {
      return syncs;
    } finally {
      lock.unlock();
    }
  }
}
