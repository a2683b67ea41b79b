package org.openbmis.app.screening.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.screening.HitService;
import org.openbmis.app.screening.HitStatus;
import org.openbmis.app.shared.BmisException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Hits page (supervisors, administrators): open hits with their explanation, and resolution. */
@Controller
class HitPageController {

  private final HitService hits;

  HitPageController(HitService hits) {
    this.hits = hits;
  }

  /** Hits a page shows unless the address asks for another number. */
  static final int PAGE_SIZE = 50;

  @GetMapping("/screening/hits")
  String page(
      @RequestParam(required = false) @Nullable HitStatus status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + PAGE_SIZE) int size,
      Model model) {
    HitStatus s = status == null ? HitStatus.OPEN : status;
    HitService.HitPage found = hits.hits(s, null, null, page, size);
    model.addAttribute("status", s);
    model.addAttribute("statuses", HitStatus.values());
    model.addAttribute("hits", found.hits());
    model.addAttribute("paging", found);
    return "screening/hits";
  }

  @PostMapping("/screening/hits/{id}")
  String resolve(
      @PathVariable UUID id,
      @RequestParam HitStatus status,
      @RequestParam(required = false) @Nullable String reason,
      RedirectAttributes redirect) {
    try {
      hits.resolve(id, status, reason);
      redirect.addFlashAttribute("notice", "screening.hit.resolved");
    } catch (BmisException e) {
      redirect.addFlashAttribute("error", e.code());
    }
    return "redirect:/screening/hits";
  }
}
