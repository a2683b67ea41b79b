package org.openbmis.app.biometrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.RunOnce;
import org.openbmis.biometrics.FingerPosition;
import org.openbmis.biometrics.Template;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention: deletes fingerprints, missing-finger records and face photos captured more than {@code
 * bmis.biometrics.retention-days} ago, once a day (first run an hour after start), and updates the
 * gallery. Off when the setting is 0. Duplicate cases and the audit log are kept.
 */
@Component
class RetentionPurge implements InitializingBean, DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

  private final ScheduledExecutorService scheduler =
      Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "bmis-biometric-retention"));
  private final FingerprintRepository prints;
  private final FaceRepository faces;
  private final TemplateStore store;
  private final Galleries galleries;
  private final BiometricsProperties properties;
  private final AuditLog audit;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final RunOnce runOnce;

  RetentionPurge(
      FingerprintRepository prints,
      FaceRepository faces,
      TemplateStore store,
      Galleries galleries,
      BiometricsProperties properties,
      AuditLog audit,
      TransactionTemplate tx,
      Clock clock,
      RunOnce runOnce) {
    this.runOnce = runOnce;
    this.prints = prints;
    this.faces = faces;
    this.store = store;
    this.galleries = galleries;
    this.properties = properties;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public void afterPropertiesSet() {
    if (properties.retentionDays() > 0) {
      scheduler.scheduleAtFixedRate(this::runSafely, 60, 24 * 60, TimeUnit.MINUTES);
    }
  }

  /** The daily purge, in one central process of those sharing the database (ADR 0027). */
  private void runSafely() {
    try {
      runOnce.run("biometrics-retention", Duration.ofHours(6), Duration.ofHours(23), this::purge);
    } catch (RuntimeException e) {
      log.error("Biometric retention purge failed", e);
    }
  }

  /** Purges now; returns the number of records deleted (0 when retention is off). */
  int purge() {
    if (properties.retentionDays() == 0 || !store.enabled()) {
      return 0;
    }
    Instant cutoff = clock.instant().minus(Duration.ofDays(properties.retentionDays()));
    Integer deleted = tx.execute(s -> purgeBefore(cutoff));
    return deleted == null ? 0 : deleted;
  }

  private int purgeBefore(Instant cutoff) {
    List<UUID> affected = prints.travellersCapturedBefore(cutoff);
    int n = prints.purgeBefore(cutoff) + faces.purgeBefore(cutoff);
    for (UUID travellerId : affected) {
      galleries.removeTraveller(travellerId);
      Map<FingerPosition, Template> left = new EnumMap<>(FingerPosition.class);
      prints
          .active(travellerId)
          .forEach(
              p ->
                  store.open(p.id(), p.sealedTemplate()).ifPresent(t -> left.put(p.position(), t)));
      if (!left.isEmpty()) {
        galleries.addTraveller(travellerId, left);
      }
    }
    audit.record(
        "biometrics.retention_purge",
        null,
        null,
        AuditLog.Outcome.SUCCESS,
        n + " records captured before " + cutoff);
    log.info("Biometric retention: {} records captured before {} deleted", n, cutoff);
    return n;
  }

  @Override
  public void destroy() {
    scheduler.shutdownNow();
  }
}
