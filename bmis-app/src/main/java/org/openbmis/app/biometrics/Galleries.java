package org.openbmis.app.biometrics;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openbmis.biometrics.Candidate;
import org.openbmis.biometrics.FingerPosition;
import org.openbmis.biometrics.FingerprintEngine;
import org.openbmis.biometrics.FingerprintGallery;
import org.openbmis.biometrics.Template;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The two in-memory 1:N galleries, decrypted: enrolled travellers (subject = traveller id) and
 * alert fingerprints (subject = {@code <list>/<reference>}). Loaded at start from the database;
 * updated after each committed enrolment, so a rolled-back capture never reaches them.
 */
@Component
@Order(20)
class Galleries implements ApplicationRunner, DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(Galleries.class);

  private final FingerprintGallery travellers;
  private final FingerprintGallery alerts;
  private final FingerprintRepository prints;
  private final AlertFingerprintRepository alertPrints;
  private final TemplateStore store;

  Galleries(
      FingerprintEngine engine,
      BiometricsProperties properties,
      FingerprintRepository prints,
      AlertFingerprintRepository alertPrints,
      TemplateStore store) {
    this.travellers = new FingerprintGallery(engine, properties.galleryThreads());
    this.alerts = new FingerprintGallery(engine, properties.galleryThreads());
    this.prints = prints;
    this.alertPrints = alertPrints;
    this.store = store;
  }

  @Override
  public void run(ApplicationArguments args) {
    load();
  }

  /** Loads both galleries from the database, at start. */
  synchronized void load() {
    if (!store.enabled()) {
      return;
    }
    long start = System.nanoTime();
    int[] skipped = new int[1];
    prints.forEachActive(
        p ->
            store
                .open(p.id(), p.sealedTemplate())
                .ifPresentOrElse(
                    t -> travellers.add(p.travellerId().toString(), p.position(), t),
                    () -> skipped[0]++));
    alertPrints.forEachActive(
        p ->
            store
                .open(p.id(), p.sealedTemplate())
                .ifPresentOrElse(
                    t -> alerts.add(p.list() + "/" + p.reference(), p.position(), t),
                    () -> skipped[0]++));
    log.info(
        "Biometric galleries loaded: {} traveller prints, {} alert prints, {} unreadable, {} ms",
        travellers.size(),
        alerts.size(),
        skipped[0],
        (System.nanoTime() - start) / 1_000_000);
  }

  void addTraveller(UUID travellerId, Map<FingerPosition, Template> templates) {
    afterCommit(() -> travellers.addAll(travellerId.toString(), templates));
  }

  void addAlert(String list, String reference, FingerPosition position, Template template) {
    afterCommit(() -> alerts.add(list + "/" + reference, position, template));
  }

  void removeAlert(String list, String reference) {
    afterCommit(() -> alerts.remove(list + "/" + reference));
  }

  void removeTraveller(UUID travellerId) {
    afterCommit(() -> travellers.remove(travellerId.toString()));
  }

  List<Candidate> searchTravellers(Map<FingerPosition, Template> probe, double t, int max) {
    return probe.isEmpty() ? List.of() : travellers.identify(probe, t, max);
  }

  List<Candidate> searchAlerts(Map<FingerPosition, Template> probe, double t, int max) {
    return probe.isEmpty() ? List.of() : alerts.identify(probe, t, max);
  }

  int travellerPrints() {
    return travellers.size();
  }

  int alertPrints() {
    return alerts.size();
  }

  private static void afterCommit(Runnable action) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              action.run();
            }
          });
    } else {
      action.run();
    }
  }

  @Override
  public void destroy() {
    travellers.close();
    alerts.close();
  }
}
