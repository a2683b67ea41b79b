package org.openbmis.app.biometrics.web;

import java.util.UUID;
import org.openbmis.app.biometrics.DuplicateService;
import org.openbmis.app.shared.BmisException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Possible duplicate identities for supervisors: review, confirm or dismiss with a reason. */
@Controller
class DuplicatePageController {

  private final DuplicateService duplicates;

  DuplicatePageController(DuplicateService duplicates) {
    this.duplicates = duplicates;
  }

  @GetMapping("/biometrics/duplicates")
  String list(@RequestParam(defaultValue = "OPEN") String status, Model model) {
    model.addAttribute("status", status);
    model.addAttribute("cases", duplicates.cases(status, 200));
    return "biometrics/duplicates";
  }

  @PostMapping("/biometrics/duplicates/{id}")
  String resolve(
      @PathVariable UUID id,
      @RequestParam boolean samePerson,
      @RequestParam String reason,
      Model model) {
    try {
      duplicates.resolve(id, samePerson, reason);
    } catch (BmisException e) {
      model.addAttribute("error", e.code());
      return list("OPEN", model);
    }
    return "redirect:/biometrics/duplicates";
  }
}
