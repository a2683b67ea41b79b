package org.openbmis.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Runs the independent items of a batch (the name searches of a manifest) on the caller's thread
 * and a few helper threads of its own, each thread claiming the next unclaimed item. Claiming one
 * item at a time balances batches whose items cost very different amounts (a listed person's search
 * scores many more candidates than a stranger's), which a parallel stream's fixed split on a
 * two-core machine does not: there one thread finished its half while the other still had most of
 * the listed persons.
 *
 * <p>The helpers are daemon threads; a batch started while the helpers are busy with another is
 * done by its caller alone rather than waiting for them. While the stand-by condition holds (an
 * officer's request is being answered), the helpers claim nothing more and the caller goes on
 * alone, leaving the other processors to more urgent work.
 */
public final class ParallelBatch implements AutoCloseable {

  /** Thread names start with this, for profilers and CPU accounting. */
  public static final String THREAD_PREFIX = "screening-batch-";

  private final ExecutorService helpers;
  private final int helperCount;
  private final BooleanSupplier standBy;

  /**
   * @param threads how many threads work on one batch, the caller included ({@code 1}: the caller
   *     alone)
   */
  public ParallelBatch(int threads) {
    this(threads, () -> false);
  }

  /**
   * @param threads how many threads work on one batch, the caller included ({@code 1}: the caller
   *     alone)
   * @param standBy asked by each helper before it claims an item: while true, the helpers stop
   *     claiming and leave the rest of the batch to the caller
   */
  public ParallelBatch(int threads, BooleanSupplier standBy) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.standBy = Objects.requireNonNull(standBy, "standBy");
    this.helperCount = threads - 1;
    this.helpers = helperCount == 0 ? null : Executors.newFixedThreadPool(helperCount, daemons());
  }

  /**
   * One thread per available processor, the caller being one of them; the helpers stand by while
   * {@code standBy} holds.
   */
  public static ParallelBatch perProcessor(BooleanSupplier standBy) {
    return new ParallelBatch(Runtime.getRuntime().availableProcessors(), standBy);
  }

  /**
   * Calls {@code body} once for every index from 0 to {@code n - 1}, on this thread and the
   * helpers; returns when all calls have returned. Whatever {@code body} writes is visible to the
   * caller afterwards. The first exception thrown by a call stops the claiming of further items and
   * is rethrown here.
   */
  public void forEach(int n, IntConsumer body) {
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    BooleanSupplier never = () -> false;
    Consumer<BooleanSupplier> loop =
        pause -> {
          try {
            while (!pause.getAsBoolean()) {
              int i = next.getAndIncrement();
              if (i >= n) {
                return;
              }
              body.accept(i);
            }
          } catch (RuntimeException | Error e) {
            next.set(n); // nobody claims another item
            if (!failure.compareAndSet(null, e)) {
              failure.get().addSuppressed(e);
            }
          }
        };
    int count = Math.max(0, Math.min(helperCount, n - 1));
    // a helper runs the loop only if it claims its turn before the caller has finished: one still
    // queued behind another batch is claimed by the caller instead and then does nothing
    List<AtomicBoolean> turns = new ArrayList<>(count);
    CountDownLatch finished = new CountDownLatch(count);
    for (int h = 0; h < count; h++) {
      AtomicBoolean turn = new AtomicBoolean();
      turns.add(turn);
      helpers.execute(
          () -> {
            if (turn.compareAndSet(false, true)) {
              try {
                loop.accept(standBy);
              } finally {
                finished.countDown();
              }
            }
          });
    }
    loop.accept(never);
    for (AtomicBoolean turn : turns) {
      if (turn.compareAndSet(false, true)) {
        finished.countDown();
      }
    }
    try {
      finished.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      next.set(n);
      throw new IllegalStateException("interrupted while the batch's helpers finished", e);
    }
    Throwable t = failure.get();
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
  }

  @Override
  public void close() {
    if (helpers != null) {
      helpers.shutdownNow();
    }
  }

  private static ThreadFactory daemons() {
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, THREAD_PREFIX + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
