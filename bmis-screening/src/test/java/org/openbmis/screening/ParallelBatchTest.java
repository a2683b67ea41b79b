package org.openbmis.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class ParallelBatchTest {

  @Test
  void everyItemRunsExactlyOnceAndItsResultIsVisibleToTheCaller() {
    try (ParallelBatch batch = new ParallelBatch(3)) {
      for (int n : new int[] {0, 1, 2, 3, 500, 10_007}) {
        AtomicIntegerArray calls = new AtomicIntegerArray(Math.max(n, 1));
        long[] results = new long[n];
        batch.forEach(
            n,
            i -> {
              calls.incrementAndGet(i);
              results[i] = (long) i * i;
            });
        for (int i = 0; i < n; i++) {
          assertThat(calls.get(i)).as("calls of item %d of %d", i, n).isEqualTo(1);
          assertThat(results[i]).isEqualTo((long) i * i);
        }
      }
    }
  }

  @Test
  void unevenItemsAreSharedByTheHelperAndTheCaller() {
    Set<String> threads = ConcurrentHashMap.newKeySet();
    try (ParallelBatch batch = new ParallelBatch(2)) {
      // The first items are the expensive ones, as when listed persons come first on a manifest.
      batch.forEach(
          64,
          i -> {
            threads.add(Thread.currentThread().getName());
            sleep(i < 16 ? 20 : 1);
          });
    }
    assertThat(threads).contains(Thread.currentThread().getName());
    assertThat(threads).anyMatch(t -> t.startsWith(ParallelBatch.THREAD_PREFIX));
  }

  @Test
  void aFailingItemIsRethrownToTheCallerAndStopsTheBatch() {
    try (ParallelBatch batch = new ParallelBatch(2)) {
      AtomicIntegerArray calls = new AtomicIntegerArray(1000);
      assertThatThrownBy(
              () ->
                  batch.forEach(
                      1000,
                      i -> {
                        calls.incrementAndGet(i);
                        if (i == 10) {
                          throw new IllegalArgumentException("bad query 10");
                        }
                        sleep(1);
                      }))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("bad query 10");
      int ran = 0;
      for (int i = 0; i < 1000; i++) {
        ran += calls.get(i);
      }
      assertThat(ran).as("items run after the failure").isLessThan(1000);
      // The batch is still usable afterwards.
      AtomicIntegerArray again = new AtomicIntegerArray(5);
      batch.forEach(5, again::incrementAndGet);
      assertThat(again.toString()).isEqualTo("[1, 1, 1, 1, 1]");
    }
  }

  @Test
  void aBatchDoesNotWaitForHelpersBusyWithAnotherBatch() throws Exception {
    try (ParallelBatch batch = new ParallelBatch(2)) {
      CountDownLatch helperBusy = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      Thread other =
          new Thread(
              () ->
                  batch.forEach(
                      2,
                      i -> {
                        if (Thread.currentThread()
                            .getName()
                            .startsWith(ParallelBatch.THREAD_PREFIX)) {
                          helperBusy.countDown();
                          await(release);
                        } else {
                          await(helperBusy); // so that the helper surely takes the other item
                        }
                      }));
      other.start();
      assertThat(helperBusy.await(10, TimeUnit.SECONDS)).as("helper took an item").isTrue();
      AtomicIntegerArray calls = new AtomicIntegerArray(100);
      batch.forEach(100, calls::incrementAndGet);
      for (int i = 0; i < 100; i++) {
        assertThat(calls.get(i)).isEqualTo(1);
      }
      release.countDown();
      other.join(10_000);
      assertThat(other.isAlive()).isFalse();
    }
  }

  @Test
  void whileADeskIsServedTheHelpersStandByAndTheCallerFinishesAlone() {
    Set<String> threads = ConcurrentHashMap.newKeySet();
    try (ParallelBatch batch = new ParallelBatch(3, () -> true)) {
      AtomicIntegerArray calls = new AtomicIntegerArray(200);
      batch.forEach(
          200,
          i -> {
            threads.add(Thread.currentThread().getName());
            calls.incrementAndGet(i);
          });
      for (int i = 0; i < 200; i++) {
        assertThat(calls.get(i)).isEqualTo(1);
      }
    }
    assertThat(threads).containsExactly(Thread.currentThread().getName());
  }

  @Test
  void aHelperStopsClaimingAsSoonAsADeskRequestArrives() {
    AtomicBoolean deskBusy = new AtomicBoolean();
    AtomicInteger helperItems = new AtomicInteger();
    AtomicIntegerArray calls = new AtomicIntegerArray(200);
    try (ParallelBatch batch = new ParallelBatch(2, deskBusy::get)) {
      batch.forEach(
          200,
          i -> {
            calls.incrementAndGet(i);
            if (Thread.currentThread().getName().startsWith(ParallelBatch.THREAD_PREFIX)
                && helperItems.incrementAndGet() == 3) {
              deskBusy.set(true); // a desk request arrives while the helper works on its third
            }
            sleep(2);
          });
    }
    assertThat(helperItems.get()).as("items the helper took").isEqualTo(3);
    for (int i = 0; i < 200; i++) {
      assertThat(calls.get(i)).as("calls of item %d", i).isEqualTo(1);
    }
  }

  @Test
  void oneThreadMeansTheCallerAlone() {
    Set<String> threads = ConcurrentHashMap.newKeySet();
    try (ParallelBatch batch = new ParallelBatch(1)) {
      batch.forEach(100, i -> threads.add(Thread.currentThread().getName()));
    }
    assertThat(threads).containsExactly(Thread.currentThread().getName());
    assertThatThrownBy(() -> new ParallelBatch(0)).isInstanceOf(IllegalArgumentException.class);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
