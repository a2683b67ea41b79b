package org.openbmis.app.movement.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.admin.PostService;
import org.openbmis.app.movement.DocumentExamination;
import org.openbmis.app.movement.RefusalReason;
import org.openbmis.app.movement.SecondaryCaseService;
import org.openbmis.app.movement.SecondaryCaseView;
import org.openbmis.app.movement.SecondaryOutcome;
import org.openbmis.app.movement.SecondaryOutcomeCommand;
import org.openbmis.app.screening.HitService;
import org.openbmis.app.screening.HitStatus;
import org.openbmis.app.shared.BmisException;
import org.openbmis.app.shared.CurrentActor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Secondary inspection screens: the post's queue of referred travellers, and a case page where the
 * secondary officer takes the case, writes notes, resolves the traveller's hits, records the
 * document examination and closes the case with its outcome.
 */
@Controller
class SecondaryController {

  private final SecondaryCaseService cases;
  private final HitService hits;
  private final PostService posts;

  SecondaryController(SecondaryCaseService cases, HitService hits, PostService posts) {
    this.cases = cases;
    this.hits = hits;
    this.posts = posts;
  }

  /** The post's time zone: every time on these pages is local and says so. */
  @ModelAttribute("zone")
  @Nullable ZoneId zone() {
    return CurrentActor.find()
        .map(a -> a.postId() == null ? null : posts.post(a.postId()).timeZone())
        .orElse(null);
  }

  @GetMapping("/secondary")
  String queue(@RequestParam(defaultValue = "OPEN") String status, Model model) {
    model.addAttribute("status", "CLOSED".equals(status) ? "CLOSED" : "OPEN");
    model.addAttribute("cases", cases.cases(status));
    return "secondary/queue";
  }

  @GetMapping("/secondary/{id}")
  String page(@PathVariable UUID id, Model model) {
    SecondaryCaseView c = cases.get(id);
    model.addAttribute("c", c);
    model.addAttribute("hits", hits.hits(null, null, c.travellerId(), 0, 50).hits());
    model.addAttribute("outcomes", SecondaryOutcome.values());
    model.addAttribute("examinations", DocumentExamination.values());
    model.addAttribute("reasons", RefusalReason.values());
    return "secondary/case";
  }

  @PostMapping("/secondary/{id}/take")
  String take(@PathVariable UUID id, RedirectAttributes redirect) {
    return act(id, redirect, () -> cases.take(id), "secondary.taken");
  }

  @PostMapping("/secondary/{id}/notes")
  String note(
      @PathVariable UUID id,
      @RequestParam(required = false) @Nullable String text,
      RedirectAttributes redirect) {
    return act(id, redirect, () -> cases.addNote(id, text), "secondary.note_saved");
  }

  @PostMapping("/secondary/{id}/hits/{hitId}")
  String resolveHit(
      @PathVariable UUID id,
      @PathVariable UUID hitId,
      @RequestParam(required = false) @Nullable HitStatus status,
      @RequestParam(required = false) @Nullable String reason,
      RedirectAttributes redirect) {
    cases.get(id);
    return act(id, redirect, () -> hits.resolve(hitId, status, reason), "screening.hit.resolved");
  }

  @PostMapping("/secondary/{id}/outcome")
  String outcome(
      @PathVariable UUID id,
      @RequestParam(required = false) @Nullable SecondaryOutcome decision,
      @RequestParam(required = false) @Nullable RefusalReason refusalReason,
      @RequestParam(required = false) @Nullable String remarks,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate authorisedUntil,
      @RequestParam(required = false) @Nullable DocumentExamination examination,
      RedirectAttributes redirect) {
    var cmd =
        new SecondaryOutcomeCommand(decision, refusalReason, remarks, authorisedUntil, examination);
    return act(id, redirect, () -> cases.close(id, cmd), "secondary.closed_ok");
  }

  private static String act(UUID id, RedirectAttributes redirect, Runnable action, String notice) {
    try {
      action.run();
      redirect.addFlashAttribute("notice", notice);
    } catch (BmisException e) {
      redirect.addFlashAttribute("error", e.code());
      redirect.addFlashAttribute("errorMessage", e.getMessage());
    }
    return "redirect:/secondary/" + id;
  }
}
