package org.openbmis.app.movement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.admin.DeskFlow;
import org.openbmis.app.admin.DeskLane;
import org.openbmis.app.admin.DeskSummary;
import org.openbmis.app.admin.PostService;
import org.openbmis.app.document.DocumentReading;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.visa.DocumentCategory;
import org.springframework.stereotype.Component;

/**
 * Gathers the {@link DeskContext} of a scan (the desk's flow and lane, the officer's open group,
 * crew); the inspection is written with its group and crew flag ({@link
 * InspectionRepository#insert}), from where the movement takes them when it is recorded ({@link
 * MovementRepository#insert}).
 */
@Component
class DeskContexts {

  private final PostService posts;
  private final TravelGroupRepository groups;
  private final CrewListRepository crewLists;

  DeskContexts(PostService posts, TravelGroupRepository groups, CrewListRepository crewLists) {
    this.posts = posts;
    this.groups = groups;
    this.crewLists = crewLists;
  }

  /** The context of a scan by this officer of this document on this (post-local) day. */
  DeskContext at(Actor actor, DocumentReading doc, LocalDate today) {
    Optional<DeskSummary> desk =
        actor.deskId() == null ? Optional.empty() : posts.desk(actor.deskId());
    DeskFlow flow = desk.map(DeskSummary::flow).orElse(DeskFlow.BOTH);
    DeskLane lane = desk.map(DeskSummary::lane).orElse(DeskLane.PASSENGERS);
    UUID group = groups.openGroupOf(actor.username(), actor.postId()).orElse(null);
    boolean crewDocument = DocumentCategory.of(doc.documentCode()).crew();
    // crew lists are looked up where crews are expected: a crew lane, or a crew document
    @Nullable String list =
        lane == DeskLane.CREW || crewDocument
            ? crewLists
                .listOf(actor.postId(), doc.documentNumber(), doc.issuingState(), today)
                .orElse(null)
            : null;
    boolean crew = crewDocument || lane == DeskLane.CREW || list != null;
    List<InspectionWarning> warnings = new ArrayList<>();
    if (list != null) {
      warnings.add(
          new InspectionWarning(
              "movement.on_crew_list", "INFO", "crew", "On the crew list of " + list + "."));
    } else if (crew) {
      warnings.add(
          new InspectionWarning(
              "movement.not_on_crew_list",
              "WARNING",
              "crew",
              "Crossing as crew, but on no crew list of this post today."));
    }
    return new DeskContext(
        desk.map(DeskSummary::code).orElse(null),
        flow,
        lane,
        group,
        crew,
        list,
        List.copyOf(warnings));
  }
}
