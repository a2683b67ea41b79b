package org.openbmis.app.biometrics;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.biometrics.AlertFingerprintRepository.AlertPrintRow;
import org.openbmis.biometrics.BiometricInputException;
import org.openbmis.biometrics.FingerPosition;
import org.openbmis.biometrics.Template;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fingerprints of person alerts carried from headquarters to the posts (ADR 0024). Each post has
 * its own {@code bmis.biometrics.key}: central opens each template with its key and sends the
 * engine's serialised template (never the image) inside its signed answer over the link's TLS; the
 * post checks it with its own engine and seals it with its own key under central's record id, then
 * its 1:N alert gallery takes it in after the commit. Removed prints travel as ids. What central
 * sends each post and what a post writes are audited by the sync module (per answer, per update).
 * Not an officer's action: the sync module calls it.
 */
@Service
public class BiometricAlertTransfer {

  private static final Logger log = LoggerFactory.getLogger(BiometricAlertTransfer.class);
  static final String CENTRAL = "central";

  /** One alert print; {@code template} is null for a removed one. */
  public record Print(
      UUID id,
      String list,
      String reference,
      FingerPosition position,
      String engineName,
      String engineVersion,
      byte @Nullable [] template) {}

  private final AlertFingerprintRepository repo;
  private final TemplateStore store;
  private final Galleries galleries;
  private final Clock clock;

  BiometricAlertTransfer(
      AlertFingerprintRepository repo, TemplateStore store, Galleries galleries, Clock clock) {
    this.repo = repo;
    this.store = store;
    this.galleries = galleries;
    this.clock = clock;
  }

  /** Central: the prints with these ids as they are now (removed ones without template). */
  @Transactional(readOnly = true)
  public List<Print> byIds(List<UUID> ids) {
    return carried(repo.byIds(ids));
  }

  /** Central: every live print. */
  @Transactional(readOnly = true)
  public List<Print> active() {
    return carried(repo.active());
  }

  private List<Print> carried(List<AlertPrintRow> rows) {
    List<Print> out = new ArrayList<>();
    int unreadable = 0;
    for (AlertPrintRow r : rows) {
      byte[] template = null;
      if (!r.deleted() && r.sealedTemplate() != null) {
        try {
          template = store.openSerialized(r.id(), r.sealedTemplate());
        } catch (RuntimeException e) {
          // sealed under another key (a rotation not finished) or no key: not sent, not fatal
          unreadable++;
          continue;
        }
      }
      out.add(
          new Print(
              r.id(),
              r.list(),
              r.reference(),
              r.position(),
              r.engineName(),
              r.engineVersion(),
              template));
    }
    if (unreadable > 0) {
      log.warn(
          "{} alert prints cannot be opened with this node's key and were not sent", unreadable);
    }
    return out;
  }

  /**
   * At a post: removes the prints central removed (or, for a snapshot, every live print it does not
   * name), then adds the ones it lacks, sealed with the post's key. Returns the prints written.
   */
  @Transactional
  public int importAtPost(List<Print> prints, boolean snapshot) {
    Instant now = clock.instant();
    int n = 0;
    Set<String> retired = new LinkedHashSet<>();
    List<AlertPrintRow> retire = new ArrayList<>();
    if (snapshot) {
      Set<UUID> named = new java.util.HashSet<>();
      prints.stream().filter(p -> p.template() != null).forEach(p -> named.add(p.id()));
      repo.active().stream().filter(r -> !named.contains(r.id())).forEach(retire::add);
    } else {
      repo.byIds(prints.stream().filter(p -> p.template() == null).map(Print::id).toList()).stream()
          .filter(r -> !r.deleted())
          .forEach(retire::add);
    }
    for (AlertPrintRow r : retire) {
      n += repo.softDelete(r.id(), now, CENTRAL, "removed at headquarters");
      if (retired.add(r.list() + "/" + r.reference())) {
        galleries.removeAlert(r.list(), r.reference());
      }
    }
    // an alert removed from the gallery above gets its live prints back
    for (AlertPrintRow r : repo.active()) {
      if (retired.contains(r.list() + "/" + r.reference())) {
        store
            .open(r.id(), r.sealedTemplate())
            .ifPresent(t -> galleries.addAlert(r.list(), r.reference(), r.position(), t));
      }
    }
    int unreadable = 0;
    for (Print p : prints) {
      if (p.template() == null || repo.exists(p.id())) {
        continue;
      }
      store.requireEnabled();
      Template t;
      try {
        t = store.parse(p.template());
      } catch (BiometricInputException e) {
        unreadable++;
        continue;
      }
      repo.insert(
          p.id(),
          p.list(),
          p.reference(),
          p.position(),
          p.engineName(),
          p.engineVersion(),
          store.sealSerialized(p.id(), p.template()),
          now,
          CENTRAL);
      galleries.addAlert(p.list(), p.reference(), p.position(), t);
      n++;
    }
    if (unreadable > 0) {
      log.warn("{} alert prints from central are not readable by this engine", unreadable);
    }
    return n;
  }
}
