package org.openbmis.app.screening;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.Uuids;
import org.openbmis.screening.ScreeningQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-screens the travellers in the country against a list that changed, in the background (one
 * thread, one list change after the other). A match that this traveller has never had for this
 * alert content becomes an OPEN hit of origin RESCREEN for supervisors.
 */
@Component
class Rescreening implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(Rescreening.class);

  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "bmis-rescreening"));
  private final TravellersInCountry present;
  private final ScreeningIndex index;
  private final HitRepository hits;
  private final AuditLog audit;
  private final TransactionTemplate tx;
  private final ScreeningProperties properties;
  private final Clock clock;
  private final List<RescreeningParticipant> participants;

  Rescreening(
      TravellersInCountry present,
      ScreeningIndex index,
      HitRepository hits,
      AuditLog audit,
      TransactionTemplate tx,
      ScreeningProperties properties,
      Clock clock,
      List<RescreeningParticipant> participants) {
    this.participants = participants;
    this.present = present;
    this.index = index;
    this.hits = hits;
    this.audit = audit;
    this.tx = tx;
    this.properties = properties;
    this.clock = clock;
  }

  void start(String listCode) {
    if (properties.rescreenOnChange()) {
      executor.execute(() -> run(listCode));
    }
  }

  private void run(String listCode) {
    try {
      long start = System.nanoTime();
      List<TravellersInCountry.Present> travellers = new ArrayList<>();
      present.forEach(properties.rescreenLimit(), travellers::add);
      int[] created = new int[1];
      tx.executeWithoutResult(s -> travellers.forEach(t -> created[0] += screen(t, listCode)));
      tx.executeWithoutResult(
          s ->
              audit.record(
                  "screening.rescreened",
                  "alert_list",
                  listCode,
                  AuditLog.Outcome.SUCCESS,
                  travellers.size() + " travellers, " + created[0] + " new hits"));
      log.info(
          "Re-screened {} travellers against {}: {} new hits in {} ms",
          travellers.size(),
          listCode,
          created[0],
          (System.nanoTime() - start) / 1_000_000);
    } catch (RuntimeException e) {
      log.error("Re-screening against {} failed", listCode, e);
    }
    for (RescreeningParticipant p : participants) {
      try {
        int created = p.rescreen(listCode);
        log.info(
            "Re-screened {} against {}: {} new hits",
            p.getClass().getSimpleName(),
            listCode,
            created);
      } catch (RuntimeException e) {
        log.error(
            "Re-screening of {} against {} failed", p.getClass().getSimpleName(), listCode, e);
      }
    }
  }

  private int screen(TravellersInCountry.Present t, String listCode) {
    ScreeningQuery q;
    try {
      q =
          new ScreeningQuery(
              t.primaryIdentifier(),
              t.secondaryIdentifier(),
              t.dateOfBirth() == null
                  ? null
                  : org.openbmis.screening.DateOfBirth.of(t.dateOfBirth()),
              t.nationality(),
              sex(t.sex()),
              t.documentNumber(),
              t.issuingState());
    } catch (IllegalArgumentException e) {
      return 0;
    }
    int n = 0;
    for (Match m : index.search(q)) {
      if (m.listCode().equals(listCode)
          && !hits.exists(t.travellerId(), m.alertRef(), m.alertHash())) {
        hits.insert(
            new HitRepository.NewHit(
                Uuids.timeOrdered(),
                t.travellerId(),
                null,
                HitOrigin.RESCREEN,
                m,
                m.action().stopsAtDesk(),
                false,
                HitStatus.OPEN,
                clock.instant(),
                null,
                null,
                t.entryPost(),
                null));
        n++;
      }
    }
    return n;
  }

  private static org.openbmis.mrz.Sex sex(String s) {
    return s == null || s.isEmpty() ? null : org.openbmis.mrz.Sex.fromMrz(s.charAt(0));
  }

  @Override
  public void destroy() {
    executor.shutdownNow();
  }
}
