package org.openbmis.app.sync;

import com.nimbusds.jose.jwk.ECKey;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.sync.SyncMessages.DatasetRequest;
import org.openbmis.app.sync.SyncMessages.DatasetUpdate;
import org.openbmis.app.sync.SyncMessages.DatasetUpdates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A post's pull of reference data (ADR 0017): right after enrolment (a snapshot of everything) and
 * then every {@code bmis.sync.pull-every} (30 s at most), always initiated by the post and signed
 * like its other calls. Central's answer is verified before anything is used: signed with the key
 * the post learnt at enrolment, for this post, answering this very call, over these bytes. Each
 * dataset is applied with its new version in one transaction; a delta that does not start at the
 * version the post holds (a skipped version) is refused and a snapshot asked for at once.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "bmis.node.role", havingValue = "post")
class DownSync implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DownSync.class);
  private static final int MAX_BYTES = 256 * 1024 * 1024;

  /** Central's answer was refused as a whole: nothing of it was applied. */
  static final class Refused extends Exception {
    final String code;

    Refused(String code, String message) {
      super(message);
      this.code = code;
    }
  }

  /** What one pull did: datasets applied, and deltas refused for a skipped version. */
  record Outcome(List<String> applied, List<String> skipped) {}

  private final PostNode node;
  private final DatasetVersions versions;
  private final DatasetImport datasets;
  private final TransactionTemplate tx;
  private final AuditLog audit;
  private final JsonMapper json;
  private final Clock clock;
  private final Set<String> wantSnapshot = ConcurrentHashMap.newKeySet();
  private boolean keyMissingLogged;

  DownSync(
      PostNode node,
      DatasetVersions versions,
      DatasetImport datasets,
      PlatformTransactionManager transactions,
      AuditLog audit,
      JsonMapper json,
      Clock clock,
      MeterRegistry meters) {
    this.node = node;
    this.versions = versions;
    this.datasets = datasets;
    this.tx = new TransactionTemplate(transactions);
    this.audit = audit;
    this.json = json;
    this.clock = clock;
    Gauge.builder("bmis.sync.dataset.age.max.seconds", this, DownSync::oldestAgeSeconds)
        .description("Seconds since central last confirmed the least recently confirmed dataset")
        .register(meters);
  }

  private double oldestAgeSeconds() {
    Instant now = clock.instant();
    return versions.held().values().stream()
        .mapToLong(h -> java.time.Duration.between(h.checkedAt(), now).toSeconds())
        .max()
        .orElse(-1);
  }

  /** Right after enrolment (and at every start): bootstrap or catch up before the desks open. */
  @Override
  public void run(ApplicationArguments args) {
    tick();
  }

  @Scheduled(
      fixedDelayString = "${bmis.sync.pull-every:10s}",
      initialDelayString = "${bmis.sync.pull-every:10s}")
  void tick() {
    try {
      pull();
    } catch (Refused e) {
      log.warn("Central's datasets refused ({}): {}", e.code, e.getMessage());
    } catch (CentralClient.Refused e) {
      log.warn("Central refused the post's pull: {}", e.getMessage());
    } catch (IOException e) {
      log.info("Central unreachable for the datasets ({})", e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // the class only at error level: a database's message may quote a row's values (names)
      log.error("Pull of central's datasets failed: {}", e.getClass().getName());
      log.debug("Pull of central's datasets failed", e);
    }
  }

  /** One pull, and at once a second one when a delta was refused for a skipped version. */
  synchronized Outcome pull() throws IOException, InterruptedException, Refused {
    PostNode.Enrolment e = node.enrolment();
    PostKey key = node.key();
    CentralClient client = node.client();
    if (e == null || key == null || client == null) {
      return new Outcome(List.of(), List.of());
    }
    if (node.centralKey() == null) {
      if (!keyMissingLogged) {
        keyMissingLogged = true;
        log.error(
            "No key of central's to verify its datasets (enrolled before it signed them):"
                + " enrol this post again with a new code");
      }
      return new Outcome(List.of(), List.of());
    }
    Outcome first = pullOnce(e.postId(), key, client);
    if (first.skipped().isEmpty()) {
      return first;
    }
    Outcome second = pullOnce(e.postId(), key, client);
    List<String> applied = new ArrayList<>(first.applied());
    applied.addAll(second.applied());
    return new Outcome(applied, first.skipped());
  }

  private Outcome pullOnce(UUID postId, PostKey key, CentralClient client)
      throws IOException, InterruptedException, Refused {
    Map<String, Long> held = new HashMap<>();
    versions.held().forEach((name, h) -> held.put(name, h.version()));
    byte[] body =
        json.writeValueAsBytes(new DatasetRequest(held, List.copyOf(new TreeSet<>(wantSnapshot))));
    String callId = UUID.randomUUID().toString();
    CentralClient.Reply reply = client.datasets(body, postId, key, callId);
    return accept(postId, reply.body(), reply.signature(), callId);
  }

  /** Verifies central's answer to the call {@code callId}, then applies it dataset by dataset. */
  synchronized Outcome accept(UUID postId, byte[] body, String signature, String callId)
      throws Refused {
    ECKey central = node.centralKey();
    if (central == null) {
      throw refused("sync.central_key_missing", "No key of central's: enrol this post again");
    }
    if (!SignedCall.validReply(signature, central, postId, callId, body)) {
      throw refused("sync.delta_signature_invalid", "Central's signature does not cover this");
    }
    DatasetUpdates updates;
    try {
      updates = json.readValue(gunzip(body), DatasetUpdates.class);
    } catch (JacksonException | IOException ex) {
      throw refused("sync.delta_invalid", "Central's answer is unreadable");
    }
    Instant now = clock.instant();
    Map<String, Long> held = new HashMap<>();
    versions.held().forEach((name, h) -> held.put(name, h.version()));
    List<String> applied = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    Set<String> failed = new TreeSet<>();
    for (DatasetUpdate u : updates.updates()) {
      Long h = held.get(u.name());
      if (!u.snapshot() && (h == null || h != u.fromVersion())) {
        skipped.add(u.name());
        wantSnapshot.add(u.name());
        audit.record(
            "system",
            null,
            "sync.dataset_skipped",
            "dataset",
            u.name(),
            AuditLog.Outcome.DENIED,
            "holds " + h + ", delta from " + u.fromVersion() + " to " + u.toVersion());
        continue;
      }
      if (!u.snapshot() && h >= u.toVersion()) {
        continue;
      }
      try {
        tx.executeWithoutResult(
            s -> {
              int n = datasets.apply(postId, u);
              versions.hold(u.name(), u.toVersion(), now);
              audit.record(
                  "system",
                  null,
                  u.snapshot() ? "sync.dataset_snapshot" : "sync.dataset_delta",
                  "dataset",
                  u.name(),
                  AuditLog.Outcome.SUCCESS,
                  "version " + u.toVersion() + ", records " + n);
            });
        held.put(u.name(), u.toVersion());
        applied.add(u.name());
        if (u.snapshot()) {
          wantSnapshot.remove(u.name());
        }
      } catch (RuntimeException ex) {
        failed.add(u.name());
        // the class only: a database's message may quote the values (names) of the row
        log.warn(
            "Dataset {} not applied (tried again at the next pull): {}",
            u.name(),
            ex.getClass().getSimpleName());
      }
    }
    tx.executeWithoutResult(
        s ->
            held.keySet().stream()
                .filter(n -> !skipped.contains(n) && !failed.contains(n))
                .forEach(n -> versions.checked(n, now)));
    if (!applied.isEmpty()) {
      log.info("Datasets from central: {}", applied);
    }
    return new Outcome(applied, skipped);
  }

  private Refused refused(String code, String message) {
    audit.record(
        "system", null, "sync.datasets_refused", "dataset", null, AuditLog.Outcome.DENIED, code);
    return new Refused(code, message);
  }

  private static byte[] gunzip(byte[] body) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      byte[] plain = in.readNBytes(MAX_BYTES + 1);
      if (plain.length > MAX_BYTES) {
        throw new IOException("answer too large");
      }
      return plain;
    }
  }
}
