package org.openbmis.app.visa;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visas, e-visas, permits and passes carried from headquarters to the posts (ADR 0024): read at
 * central by id (a delta) or still valid (a snapshot), written at a post under central's ids.
 * Records are never changed at central once written, except the entries a visa has used, which only
 * grow: the post keeps the larger count. A record whose number the post already holds under another
 * id (issued at the post itself) is left out and counted. Not an officer's action: the sync module
 * calls it.
 */
@Service
public class VisaTransfer {

  private static final Logger log = LoggerFactory.getLogger(VisaTransfer.class);
  private static final int CHUNK = 500;

  /** The records of one dataset update. */
  public record Records(List<Visa> visas, List<Permit> permits, List<Pass> passes) {

    public int size() {
      return visas.size() + permits.size() + passes.size();
    }
  }

  private final JdbcClient jdbc;
  private final VisaRepository visas;
  private final PermitRepository permits;
  private final Clock clock;

  VisaTransfer(JdbcClient jdbc, VisaRepository visas, PermitRepository permits, Clock clock) {
    this.jdbc = jdbc;
    this.visas = visas;
    this.permits = permits;
    this.clock = clock;
  }

  /** Central: the records with these ids, as central holds them now. */
  @Transactional(readOnly = true)
  public Records byIds(Collection<UUID> ids) {
    List<UUID> all = List.copyOf(ids);
    List<Visa> v = new ArrayList<>();
    List<Permit> p = new ArrayList<>();
    List<Pass> s = new ArrayList<>();
    for (int i = 0; i < all.size(); i += CHUNK) {
      List<UUID> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
      v.addAll(select("vis_visa", "id in (:v)", chunk, VisaRepository::visa));
      p.addAll(select("vis_permit", "id in (:v)", chunk, PermitRepository::permit));
      s.addAll(select("vis_pass", "id in (:v)", chunk, PermitRepository::pass));
    }
    return new Records(v, p, s);
  }

  /** Central: every record still valid on or after {@code since}, for a new post. */
  @Transactional(readOnly = true)
  public Records validSince(LocalDate since) {
    return new Records(
        select("vis_visa", "valid_until >= :v", since, VisaRepository::visa),
        select("vis_permit", "valid_until >= :v", since, PermitRepository::permit),
        select("vis_pass", "valid_until >= :v", since, PermitRepository::pass));
  }

  /** At a post: adds what it lacks, takes a larger count of entries used; returns rows changed. */
  @Transactional
  public int importAtPost(Records r) {
    Instant now = clock.instant();
    int n = 0;
    int clashes = 0;
    for (Visa v : r.visas()) {
      if (visas.find(v.id()).isPresent()) {
        n +=
            jdbc.sql("update vis_visa set entries_used = ? where id = ? and entries_used < ?")
                .params(v.entriesUsed(), v.id(), v.entriesUsed())
                .update();
      } else if (visas.numberTaken(v.number())) {
        clashes++;
      } else {
        visas.insert(v, now, CENTRAL);
        n++;
      }
    }
    for (Permit p : r.permits()) {
      if (exists("vis_permit", p.id())) {
        continue;
      }
      if (permits.permitNumberTaken(p.number())) {
        clashes++;
      } else {
        permits.insert(p, now, CENTRAL);
        n++;
      }
    }
    for (Pass p : r.passes()) {
      if (exists("vis_pass", p.id())) {
        continue;
      }
      if (permits.passNumberTaken(p.number())) {
        clashes++;
      } else {
        permits.insert(p, now, CENTRAL);
        n++;
      }
    }
    if (clashes > 0) {
      log.warn(
          "{} visa records from central left out: their number is held under another id", clashes);
    }
    return n;
  }

  /** Who wrote a record taken from headquarters, at the post. */
  static final String CENTRAL = "central";

  private boolean exists(String table, UUID id) {
    return jdbc.sql("select count(*) from " + table + " where id = ?")
            .param(id)
            .query(Long.class)
            .single()
        > 0;
  }

  private <T> List<T> select(
      String table, String where, Object value, org.springframework.jdbc.core.RowMapper<T> mapper) {
    return jdbc.sql("select * from " + table + " where " + where + " order by id")
        .param("v", value)
        .query(mapper)
        .list();
  }
}
