package org.openbmis.app.sync;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.admin.BorderPostSummary;
import org.openbmis.app.admin.PostService;
import org.openbmis.app.screening.AlertListTransfer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Central's picture of its posts (ADR 0023): every border post with its enrolment, last contact,
 * last sequence, clock skew, pending enrolment codes and the dataset versions it last reported,
 * against central's own.
 */
@Service
@ConditionalOnProperty(name = "bmis.node.role", havingValue = "central")
public class CentralOverview {

  /** A dataset a post holds, with central's latest version (lag = latest - held). */
  public record DatasetRow(String name, long held, long latest, Instant reportedAt) {
    public long lag() {
      return Math.max(0, latest - held);
    }
  }

  /** One border post as central sees it. */
  public record PostRow(
      UUID postId,
      String code,
      String name,
      String timeZone,
      boolean enrolled,
      @Nullable Instant revokedAt,
      @Nullable Instant lastContactAt,
      long lastSequence,
      long applied,
      @Nullable Long clockSkewSeconds,
      boolean skewed,
      int pendingCodes,
      @Nullable Instant codeExpiresAt,
      List<DatasetRow> datasets) {}

  private record Enrolled(
      @Nullable Instant revokedAt,
      @Nullable Instant lastContactAt,
      long lastSequence,
      long applied,
      @Nullable Long skew) {}

  private record Codes(int pending, @Nullable Instant expiresAt) {}

  private final PostService posts;
  private final PostDatasets reported;
  private final DatasetVersions versions;
  private final AlertListTransfer alerts;
  private final JdbcClient jdbc;
  private final Clock clock;

  CentralOverview(
      PostService posts,
      PostDatasets reported,
      DatasetVersions versions,
      AlertListTransfer alerts,
      JdbcClient jdbc,
      Clock clock) {
    this.posts = posts;
    this.reported = reported;
    this.versions = versions;
    this.alerts = alerts;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR')")
  public List<PostRow> posts() {
    Map<UUID, Enrolled> enrolled = new HashMap<>();
    jdbc.sql("select * from syn_post")
        .query(
            (rs, n) ->
                enrolled.put(
                    rs.getObject("post_id", UUID.class),
                    new Enrolled(
                        instant(rs.getObject("revoked_at", OffsetDateTime.class)),
                        instant(rs.getObject("last_contact_at", OffsetDateTime.class)),
                        rs.getLong("last_sequence"),
                        rs.getLong("applied"),
                        (Long) rs.getObject("clock_skew_seconds", Long.class))))
        .list();
    Map<UUID, Codes> codes = new HashMap<>();
    jdbc.sql(
            "select post_id, count(*) as pending, max(expires_at) as expires_at"
                + " from syn_enrolment_code where used_at is null and expires_at > ?"
                + " group by post_id")
        .param(OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC))
        .query(
            (rs, n) ->
                codes.put(
                    rs.getObject("post_id", UUID.class),
                    new Codes(
                        rs.getInt("pending"),
                        instant(rs.getObject("expires_at", OffsetDateTime.class)))))
        .list();
    Map<UUID, List<PostDatasets.Reported>> held = reported.all();
    Map<String, Long> listVersions = new HashMap<>();
    alerts
        .lists()
        .forEach(l -> listVersions.put(CentralDatasets.ALERTS + l.code(), (long) l.version()));
    return posts.posts().stream()
        .map(p -> row(p, enrolled.get(p.id()), codes.get(p.id()), held.get(p.id()), listVersions))
        .toList();
  }

  private PostRow row(
      BorderPostSummary p,
      @Nullable Enrolled e,
      @Nullable Codes c,
      @Nullable List<PostDatasets.Reported> held,
      Map<String, Long> listVersions) {
    long skewLimit = SignedCall.SKEW.toSeconds();
    List<DatasetRow> datasets =
        held == null
            ? List.of()
            : held.stream()
                .map(
                    h ->
                        new DatasetRow(
                            h.name(), h.version(), latest(h.name(), listVersions), h.reportedAt()))
                .toList();
    return new PostRow(
        p.id(),
        p.code(),
        p.name(),
        p.timeZone().getId(),
        e != null,
        e == null ? null : e.revokedAt(),
        e == null ? null : e.lastContactAt(),
        e == null ? 0 : e.lastSequence(),
        e == null ? 0 : e.applied(),
        e == null ? null : e.skew(),
        e != null && e.skew() != null && Math.abs(e.skew()) > skewLimit,
        c == null ? 0 : c.pending(),
        c == null ? null : c.expiresAt(),
        datasets);
  }

  /** Central's version of a dataset: an alert list's own version, or central's counter. */
  private long latest(String name, Map<String, Long> listVersions) {
    Long list = listVersions.get(name);
    return list != null ? list : versions.latest(name);
  }

  private static @Nullable Instant instant(@Nullable OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }
}
