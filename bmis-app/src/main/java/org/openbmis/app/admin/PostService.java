package org.openbmis.app.admin;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.ConflictProblem;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.shared.NodeChanges;
import org.openbmis.app.shared.NotFoundProblem;
import org.openbmis.app.shared.Uuids;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Border posts and desks: read by everyone signed in, written by administrators. */
@Service
public class PostService {

  private final PostRepository posts;
  private final AuditLog audit;
  private final Clock clock;
  // Posts change rarely and are read on every inspection: keep them (cleared on any change).
  private final java.util.concurrent.ConcurrentHashMap<UUID, BorderPostSummary> byId =
      new java.util.concurrent.ConcurrentHashMap<>();
  // Histories label every movement with its desk's code and every scan reads its desk's flow:
  // keep them (cleared when an administrator changes a desk).
  private final java.util.concurrent.ConcurrentHashMap<UUID, DeskSummary> desksById =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final ApplicationEventPublisher events;
  private final NodeChanges changes;

  PostService(
      PostRepository posts,
      AuditLog audit,
      Clock clock,
      ApplicationEventPublisher events,
      NodeChanges changes) {
    this.posts = posts;
    this.audit = audit;
    this.clock = clock;
    this.events = events;
    this.changes = changes;
    // another central process changed a post or desk (ADR 0027)
    changes.onChange(
        NodeChanges.POSTS,
        () -> {
          byId.clear();
          desksById.clear();
        });
  }

  @Transactional(readOnly = true)
  public List<BorderPostSummary> posts() {
    return posts.findAll();
  }

  @Transactional(readOnly = true)
  public BorderPostSummary post(UUID id) {
    BorderPostSummary cached = byId.get(id);
    if (cached != null) {
      return cached;
    }
    BorderPostSummary post =
        posts
            .findById(id)
            .orElseThrow(() -> new NotFoundProblem("admin.post_not_found", "No such border post."));
    byId.put(id, post);
    return post;
  }

  @Transactional(readOnly = true)
  public Optional<BorderPostSummary> postByCode(String code) {
    return posts.findByCode(code);
  }

  /** The post whose location code (IATA or UN/LOCODE) this is, if any. */
  @Transactional(readOnly = true)
  public Optional<BorderPostSummary> postByLocation(String locationCode) {
    return posts.findByLocation(locationCode);
  }

  @Transactional(readOnly = true)
  public List<DeskSummary> desks(UUID postId) {
    return posts.desks(postId);
  }

  @Transactional(readOnly = true)
  public Optional<DeskSummary> desk(UUID deskId) {
    DeskSummary cached = desksById.get(deskId);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<DeskSummary> desk = posts.desk(deskId);
    desk.ifPresent(d -> desksById.put(deskId, d));
    return desk;
  }

  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public BorderPostSummary createPost(CreatePostCommand cmd) {
    ZoneId zone = zone(cmd.timeZone());
    if (cmd.locationCode() != null && posts.findByLocation(cmd.locationCode()).isPresent()) {
      throw new ConflictProblem(
          "admin.post_location_taken", "Another post has this location code.");
    }
    if (posts.findByCode(cmd.code()).isPresent()) {
      throw new ConflictProblem("admin.post_code_taken", "A post with this code exists.");
    }
    var post =
        new BorderPostSummary(
            Uuids.timeOrdered(),
            cmd.code(),
            cmd.name(),
            cmd.type(),
            cmd.neighbourCountry(),
            zone,
            true,
            cmd.locationCode());
    posts.insert(post, clock.instant());
    byId.clear();
    changes.changed(NodeChanges.POSTS);
    audit.record("admin.post_created", "post", post.id(), AuditLog.Outcome.SUCCESS, post.code());
    return post;
  }

  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public DeskSummary createDesk(UUID postId, String code, String name) {
    return createDesk(postId, code, name, DeskFlow.BOTH, DeskLane.PASSENGERS);
  }

  /** Adds a desk with its flow and lane. */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public DeskSummary createDesk(
      UUID postId, String code, String name, DeskFlow flow, DeskLane lane) {
    post(postId);
    if (posts.desks(postId).stream().anyMatch(d -> d.code().equals(code))) {
      throw new ConflictProblem(
          "admin.desk_code_taken", "This post already has a desk with this code.");
    }
    var desk = new DeskSummary(Uuids.timeOrdered(), postId, code, name, true, flow, lane);
    posts.insertDesk(desk, clock.instant());
    events.publishEvent(new DeskChanged(postId, desk.id()));
    audit.record(
        "admin.desk_created", "desk", desk.id(), AuditLog.Outcome.SUCCESS, code + " " + flow);
    return desk;
  }

  /** Changes a desk's flow and lane; 404 for a desk that is not at this post. */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public DeskSummary updateDesk(UUID postId, UUID deskId, DeskFlow flow, DeskLane lane) {
    post(postId);
    if (!posts.updateDesk(postId, deskId, flow, lane)) {
      throw new NotFoundProblem("admin.desk_not_found", "There is no such desk.");
    }
    forgetAfterCommit(deskId);
    events.publishEvent(new DeskChanged(postId, deskId));
    audit.record("admin.desk_changed", "desk", deskId, AuditLog.Outcome.SUCCESS, flow + " " + lane);
    return posts.desk(deskId).orElseThrow();
  }

  /** Drops every cached post (a post's record changed). */
  void forgetPosts() {
    byId.clear();
  }

  /** Drops the cached desk now and after the commit (a scan in between may have cached it). */
  void forgetAfterCommit(UUID deskId) {
    desksById.remove(deskId);
    changes.changed(NodeChanges.POSTS);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              desksById.remove(deskId);
            }
          });
    }
  }

  static ZoneId zone(String id) {
    try {
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      throw new InvalidInputProblem(
          "admin.time_zone_invalid",
          "Unknown time zone.",
          List.of(new InvalidInputProblem.FieldError("timeZone", "admin.time_zone_invalid", id)));
    }
  }
}
