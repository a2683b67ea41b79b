package org.openbmis.app.movement.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.admin.PostService;
import org.openbmis.app.movement.DailyLogQuery;
import org.openbmis.app.movement.Decision;
import org.openbmis.app.movement.Direction;
import org.openbmis.app.movement.MovementService;
import org.openbmis.app.movement.MovementSummary;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.Role;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The daily log of a post: every movement of a day, filtered, with counts. */
@Controller
class DailyLogController {

  /** The counts shown above the table. */
  record Counts(long total, long entries, long exits, long admitted, long refused, long secondary) {
    static Counts of(List<MovementSummary> list) {
      return new Counts(
          list.size(),
          list.stream().filter(m -> m.direction() == Direction.ENTRY).count(),
          list.stream().filter(m -> m.direction() == Direction.EXIT).count(),
          list.stream().filter(m -> m.decision() == Decision.ADMITTED).count(),
          list.stream().filter(m -> m.decision() == Decision.REFUSED).count(),
          list.stream().filter(m -> m.decision() == Decision.REFERRED_TO_SECONDARY).count());
    }
  }

  private final MovementService movements;
  private final PostService posts;

  DailyLogController(MovementService movements, PostService posts) {
    this.movements = movements;
    this.posts = posts;
  }

  @GetMapping("/movements")
  String log(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate date,
      @RequestParam(required = false) @Nullable Direction direction,
      @RequestParam(required = false) @Nullable Decision decision,
      @RequestParam(required = false) @Nullable UUID desk,
      @RequestParam(required = false) @Nullable UUID post,
      Model model) {
    Actor actor = CurrentActor.get();
    boolean admin = actor.has(Role.ADMIN);
    UUID postId = admin ? post : actor.postId();
    LocalDate day = date != null ? date : movements.today();
    List<MovementSummary> list =
        movements.dailyLog(new DailyLogQuery(day, postId, direction, decision, desk));
    model.addAttribute("date", day);
    model.addAttribute("direction", direction);
    model.addAttribute("decision", decision);
    model.addAttribute("desk", desk);
    model.addAttribute("post", postId);
    model.addAttribute("admin", admin);
    model.addAttribute("posts", admin ? posts.posts() : List.of());
    model.addAttribute("desks", postId == null ? List.of() : posts.desks(postId));
    model.addAttribute("directions", Direction.values());
    model.addAttribute("decisions", Decision.values());
    model.addAttribute("movements", list);
    model.addAttribute("counts", Counts.of(list));
    return "movements/log";
  }
}
