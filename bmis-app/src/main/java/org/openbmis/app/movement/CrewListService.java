package org.openbmis.app.movement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.openbmis.app.admin.BorderPostSummary;
import org.openbmis.app.admin.PostService;
import org.openbmis.app.shared.AccessDeniedProblem;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.Uuids;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Crew lists of flights and vessels at a post (ADR 0016): keyed in or sent by API before the crew
 * reaches the desk; a crew member on a list is marked crew at the scan. Officers and supervisors
 * work with their own post's lists; every write and read is audited (lists name people).
 */
@Service
public class CrewListService {

  private final CrewListRepository lists;
  private final PostService posts;
  private final AuditLog audit;
  private final Clock clock;

  CrewListService(CrewListRepository lists, PostService posts, AuditLog audit, Clock clock) {
    this.lists = lists;
    this.posts = posts;
    this.audit = audit;
    this.clock = clock;
  }

  @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
  @Transactional
  public CrewList create(CreateCrewListCommand cmd) {
    BorderPostSummary post = post();
    var row =
        new CrewListRepository.Row(
            Uuids.timeOrdered(),
            post.id(),
            cmd.carrier().strip().toUpperCase(java.util.Locale.ROOT),
            cmd.kind(),
            cmd.direction(),
            cmd.serviceDate(),
            CurrentActor.get().username(),
            clock.instant());
    lists.insert(row, cmd.members());
    audit.record(
        "movement.crew_list_created",
        "crew_list",
        row.id(),
        AuditLog.Outcome.SUCCESS,
        row.carrier() + " " + cmd.members().size());
    return view(post, row);
  }

  /** The post's crew lists of a day (in the post's time zone), with their members. */
  @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
  @Transactional
  public List<CrewList> lists(LocalDate day) {
    BorderPostSummary post = post();
    List<CrewList> out =
        lists.byPostAndDay(post.id(), day).stream().map(r -> view(post, r)).toList();
    audit.record("movement.crew_lists_read", "post", post.id(), AuditLog.Outcome.SUCCESS, day + "");
    return out;
  }

  /** Today at the acting officer's post. */
  @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
  public LocalDate today() {
    return LocalDate.now(clock.withZone(post().timeZone()));
  }

  private CrewList view(BorderPostSummary post, CrewListRepository.Row r) {
    return new CrewList(
        r.id(),
        post.code(),
        r.carrier(),
        r.kind(),
        r.direction(),
        r.serviceDate(),
        r.createdBy(),
        r.createdAt(),
        lists.members(r.id()));
  }

  private BorderPostSummary post() {
    Actor actor = CurrentActor.get();
    if (actor.postId() == null) {
      throw new AccessDeniedProblem("movement.no_post", "You are not assigned to a border post.");
    }
    return posts.post(actor.postId());
  }
}
