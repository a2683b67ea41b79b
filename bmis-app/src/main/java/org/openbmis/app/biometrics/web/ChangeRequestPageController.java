package org.openbmis.app.biometrics.web;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.biometrics.ChangeRequestDetail;
import org.openbmis.app.biometrics.ChangeRequestService;
import org.openbmis.app.shared.BmisException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The supervisor's screen of fingerprint changes: each request with the current and the proposed
 * prints side by side, the score of new vs old, the flag when the new prints match another
 * traveller, and approve / reject buttons.
 */
@Controller
class ChangeRequestPageController {

  static final int SHOWN = 50;

  private final ChangeRequestService changes;

  ChangeRequestPageController(ChangeRequestService changes) {
    this.changes = changes;
  }

  @GetMapping("/biometrics/change-requests")
  String list(@RequestParam(defaultValue = "PENDING") String status, Model model) {
    model.addAttribute("status", status);
    List<ChangeRequestDetail> requests =
        changes.requests(status, SHOWN).stream().map(r -> changes.detail(r.id())).toList();
    model.addAttribute("requests", requests);
    return "biometrics/change-requests";
  }

  @PostMapping("/biometrics/change-requests/{id}")
  String decide(
      @PathVariable UUID id,
      @RequestParam String decision,
      @RequestParam(required = false) @Nullable String note,
      Model model) {
    try {
      if ("approve".equals(decision)) {
        changes.approve(id, note);
      } else {
        changes.reject(id, note);
      }
    } catch (BmisException e) {
      model.addAttribute("error", e.code());
      return list("PENDING", model);
    }
    return "redirect:/biometrics/change-requests";
  }
}
