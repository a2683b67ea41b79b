package org.openbmis.app.movement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openbmis.app.admin.BorderPostSummary;
import org.openbmis.app.admin.DeskSummary;
import org.openbmis.app.admin.PostService;
import org.openbmis.app.admin.PostType;
import org.openbmis.app.shared.AccessDeniedProblem;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.ConflictProblem;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.NotFoundProblem;
import org.openbmis.app.shared.Role;
import org.openbmis.app.shared.Uuids;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Groups of travellers inspected together at a desk (ADR 0016): an officer starts a group (a
 * vehicle, a family, a tour), every scan of theirs joins it until they close it, and each member
 * keeps their own decision and movement. Officers and supervisors see their post's groups,
 * administrators every group; every read is audited (it lists people).
 */
@Service
public class TravelGroupService {

  static final int ADULT_AGE = 18;

  private final TravelGroupRepository groups;
  private final PostService posts;
  private final AuditLog audit;
  private final Clock clock;

  TravelGroupService(TravelGroupRepository groups, PostService posts, AuditLog audit, Clock clock) {
    this.groups = groups;
    this.posts = posts;
    this.audit = audit;
    this.clock = clock;
  }

  /** Starts a group at the officer's desk; 409 while another of theirs is open. */
  @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
  @Transactional
  public TravelGroup start(StartGroupCommand cmd) {
    Actor actor = CurrentActor.get();
    if (actor.postId() == null) {
      throw new AccessDeniedProblem("movement.no_post", "You are not assigned to a border post.");
    }
    BorderPostSummary post = posts.post(actor.postId());
    if (groups.openGroupOf(actor.username(), post.id()).isPresent()) {
      throw new ConflictProblem(
          "movement.group_already_open", "Close your open group before starting another.");
    }
    Vehicle vehicle = TravelGroupRules.vehicle(cmd, post.type() != PostType.AIR);
    var row =
        new TravelGroupRepository.Row(
            Uuids.timeOrdered(),
            post.id(),
            actor.deskId(),
            actor.username(),
            cmd.kind(),
            TravelGroupRules.label(cmd.label()),
            vehicle,
            clock.instant(),
            null);
    groups.insert(row);
    audit.record(
        "movement.group_started", "group", row.id(), AuditLog.Outcome.SUCCESS, cmd.kind().name());
    return view(row, List.of());
  }

  /** The acting officer's open group, with its members so far. */
  @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
  @Transactional
  public Optional<TravelGroup> current() {
    Actor actor = CurrentActor.get();
    return groups
        .openGroupOf(actor.username(), actor.postId())
        .flatMap(groups::find)
        .map(this::read);
  }

  /** A group and its members; 404 unknown, 403 another post's group (for officers). */
  @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','ADMIN')")
  @Transactional
  public TravelGroup group(UUID id) {
    return read(visible(id));
  }

  /** Closes a group: its officer, or a supervisor of its post. A second close is 409. */
  @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
  @Transactional
  public TravelGroup close(UUID id) {
    Actor actor = CurrentActor.get();
    var row = visible(id);
    if (!row.officer().equals(actor.username()) && !actor.has(Role.SUPERVISOR)) {
      audit.record("movement.group_closed", "group", id, AuditLog.Outcome.DENIED, "not theirs");
      throw new AccessDeniedProblem(
          "movement.group_not_yours", "Only its officer or a supervisor may close this group.");
    }
    if (!groups.close(id, clock.instant())) {
      throw new ConflictProblem("movement.group_closed", "This group is closed already.");
    }
    audit.record("movement.group_closed", "group", id, AuditLog.Outcome.SUCCESS, null);
    return read(groups.find(id).orElseThrow());
  }

  private TravelGroupRepository.Row visible(UUID id) {
    Actor actor = CurrentActor.get();
    var row =
        groups
            .find(id)
            .orElseThrow(() -> new NotFoundProblem("movement.group_not_found", "No such group."));
    if (!actor.has(Role.ADMIN) && !row.postId().equals(actor.postId())) {
      audit.record("movement.group_read", "group", id, AuditLog.Outcome.DENIED, "other post");
      throw new AccessDeniedProblem("movement.other_post", "This group belongs to another post.");
    }
    return row;
  }

  private TravelGroup read(TravelGroupRepository.Row row) {
    List<TravelGroupRepository.MemberRow> rows = groups.members(row.id());
    audit.record(
        "movement.group_read", "group", row.id(), AuditLog.Outcome.SUCCESS, rows.size() + "");
    return view(row, rows);
  }

  private TravelGroup view(
      TravelGroupRepository.Row row, List<TravelGroupRepository.MemberRow> in) {
    BorderPostSummary post = posts.post(row.postId());
    LocalDate day = LocalDate.ofInstant(row.openedAt(), post.timeZone());
    List<TravelGroupRepository.MemberRow> rows = TravelGroupRules.withoutAbandonedScans(in);
    List<String> adults = new ArrayList<>();
    for (var m : rows) {
      if (!minor(m, day) && !adults.contains(m.name())) {
        adults.add(m.name());
      }
    }
    List<GroupMember> members =
        rows.stream()
            .map(
                m -> {
                  boolean minor = minor(m, day);
                  boolean driver = row.kind() == TravelGroupKind.VEHICLE && m == rows.get(0);
                  return new GroupMember(
                      m.inspectionId(),
                      m.travellerId(),
                      m.name(),
                      m.dateOfBirth(),
                      m.nationality(),
                      m.documentNumber(),
                      m.direction(),
                      m.decision(),
                      m.movementId(),
                      m.crew(),
                      minor,
                      minor ? List.copyOf(adults) : List.of(),
                      driver,
                      m.scannedAt());
                })
            .toList();
    return new TravelGroup(
        row.id(),
        post.code(),
        row.deskId() == null ? null : posts.desk(row.deskId()).map(DeskSummary::code).orElse(null),
        row.officer(),
        row.kind(),
        row.label(),
        row.vehicle(),
        row.openedAt(),
        row.closedAt(),
        post.timeZone().getId(),
        members);
  }

  private static boolean minor(TravelGroupRepository.MemberRow m, LocalDate day) {
    return m.dateOfBirth() != null && Period.between(m.dateOfBirth(), day).getYears() < ADULT_AGE;
  }
}
