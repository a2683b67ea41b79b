package org.openbmis.app.manifest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.admin.BorderPostSummary;
import org.openbmis.app.admin.PostService;
import org.openbmis.app.shared.AccessDeniedProblem;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.shared.NotFoundProblem;
import org.openbmis.app.shared.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The flight board of a post: the day's flights with their counts (officers, secondary officers and
 * supervisors of the post; administrators and analysts for any post), and a flight's passenger list
 * with each person's pre-arrival result (supervisors of the post and administrators; audited).
 */
@Service
public class FlightBoardService {

  /** A flight with its listed persons. */
  public record FlightDetail(FlightSummary flight, List<ListedPassenger> persons) {}

  private final BoardRepository board;
  private final PostService posts;
  private final ManifestProperties properties;
  private final AuditLog audit;
  private final Clock clock;

  FlightBoardService(
      BoardRepository board,
      PostService posts,
      ManifestProperties properties,
      AuditLog audit,
      Clock clock) {
    this.board = board;
    this.posts = posts;
    this.properties = properties;
    this.audit = audit;
    this.clock = clock;
  }

  /** The post's flights of a day (default: the acting user's post, today in its zone). */
  @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','SECONDARY','ADMIN','ANALYST')")
  @Transactional(readOnly = true)
  public List<FlightSummary> flights(@Nullable LocalDate date, @Nullable UUID postId) {
    Actor actor = CurrentActor.get();
    if (postId == null && actor.postId() == null && headquarters(actor)) {
      // headquarters without a post: the day's flights of every post (UTC day)
      LocalDate day = date != null ? date : LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC));
      return board.flights(null, day, clock.instant(), properties.noShowAfterMinutes());
    }
    BorderPostSummary post = post(postId);
    LocalDate day = date != null ? date : LocalDate.now(clock.withZone(post.timeZone()));
    return board.flights(post.id(), day, clock.instant(), properties.noShowAfterMinutes());
  }

  /** A flight and its passenger list with the pre-arrival results. */
  @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
  @Transactional
  public FlightDetail flight(UUID flightId) {
    FlightSummary f =
        board
            .flight(flightId, clock.instant(), properties.noShowAfterMinutes())
            .orElseThrow(() -> new NotFoundProblem("manifest.flight_not_found", "No such flight."));
    post(f.postId());
    List<ListedPassenger> persons = board.persons(flightId);
    audit.record(
        "manifest.flight_viewed",
        "flight",
        flightId,
        AuditLog.Outcome.SUCCESS,
        f.flight() + ", " + persons.size() + " persons");
    return new FlightDetail(f, persons);
  }

  private static boolean headquarters(Actor actor) {
    return actor.roles().contains(Role.ADMIN) || actor.roles().contains(Role.ANALYST);
  }

  /** The post asked for, if this user may see it: their own, or any for headquarters roles. */
  BorderPostSummary post(@Nullable UUID postId) {
    Actor actor = CurrentActor.get();
    boolean hq = headquarters(actor);
    if (postId == null) {
      if (actor.postId() == null) {
        throw new InvalidInputProblem("manifest.post_required", "Say which post (post=...).");
      }
      return posts.post(actor.postId());
    }
    if (!hq && !postId.equals(actor.postId())) {
      throw new AccessDeniedProblem("manifest.other_post", "Only your own post's flights.");
    }
    return posts.post(postId);
  }
}
