package org.openbmis.app.sync;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openbmis.app.sync.SyncMessages.Batch;
import org.openbmis.app.sync.SyncMessages.BatchAck;
import org.openbmis.app.sync.SyncMessages.BatchItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox to central, oldest first, one batch after another while central acknowledges;
 * with nothing to send it still calls (an empty batch) so that both sides know the link is up. A
 * row is deleted only after central acknowledged it; a post stopped at any moment sends the rest
 * (again) at its next contact, and central keeps each record once.
 */
@Component
@ConditionalOnProperty(name = "bmis.node.role", havingValue = "post")
class Uploader {

  private static final Logger log = LoggerFactory.getLogger(Uploader.class);

  private final PostNode node;
  private final Outbox outbox;
  private final SyncProperties props;
  private final TransactionTemplate tx;
  private final Clock clock;
  private volatile boolean linkUp;

  Uploader(
      PostNode node,
      Outbox outbox,
      SyncProperties props,
      PlatformTransactionManager transactions,
      Clock clock,
      MeterRegistry meters) {
    this.node = node;
    this.outbox = outbox;
    this.props = props;
    this.tx = new TransactionTemplate(transactions);
    this.clock = clock;
    Gauge.builder("bmis.sync.outbox.pending", outbox, Outbox::pending).register(meters);
    Gauge.builder("bmis.sync.last.contact.age.seconds", this, Uploader::contactAgeSeconds)
        .register(meters);
  }

  @Scheduled(
      fixedDelayString = "${bmis.sync.upload-every:2s}",
      initialDelayString = "${bmis.sync.upload-every:2s}")
  void tick() {
    PostNode.Enrolment e = node.enrolment();
    PostKey key = node.key();
    CentralClient client = node.client();
    if (e == null || key == null || client == null) {
      return;
    }
    try {
      drain(e.postId(), key, client);
    } catch (CentralClient.Refused ex) {
      linkUp = false;
      log.warn("Central refused the post's batch: {}", ex.getMessage());
    } catch (IOException ex) {
      linkUp = false;
      log.info(
          "Central unreachable, {} records wait in the outbox ({})",
          outbox.pending(),
          ex.toString());
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
    }
  }

  private void drain(UUID postId, PostKey key, CentralClient client)
      throws IOException, InterruptedException {
    while (true) {
      List<BatchItem> items = outbox.next(props.batchSize());
      BatchAck ack = client.send(new Batch(items), postId, key);
      Instant now = clock.instant();
      tx.executeWithoutResult(
          s -> {
            if (!items.isEmpty()) {
              outbox.acknowledged(Math.min(ack.acknowledgedThrough(), last(items)));
            }
            node.contacted(now);
          });
      if (!linkUp) {
        log.info("Link to central up");
      }
      linkUp = true;
      if (items.size() < props.batchSize()) {
        return;
      }
    }
  }

  private static long last(List<BatchItem> items) {
    return items.get(items.size() - 1).seq();
  }

  boolean linkUp() {
    return linkUp;
  }

  /** From the contact the post keeps (so it survives a restart), not a second copy of it. */
  private double contactAgeSeconds() {
    Instant at = node.lastContact();
    return at == null ? -1 : Duration.between(at, clock.instant()).toSeconds();
  }
}
