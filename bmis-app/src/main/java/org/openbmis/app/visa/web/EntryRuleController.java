package org.openbmis.app.visa.web;

import org.openbmis.app.shared.AccessDeniedProblem;
import org.openbmis.app.shared.BmisException;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.Role;
import org.openbmis.app.visa.DocumentCategory;
import org.openbmis.app.visa.EntryPolicy;
import org.openbmis.app.visa.EntryRuleService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Entry rules page (administrators): every version, and a form for a new rule or version. */
@Controller
class EntryRuleController {

  private final EntryRuleService rules;

  EntryRuleController(EntryRuleService rules) {
    this.rules = rules;
  }

  @GetMapping("/visas/rules")
  String list(Model model) {
    return page(model, new EntryRuleForm());
  }

  @PostMapping("/visas/rules")
  String create(
      @ModelAttribute("form") EntryRuleForm form, Model model, RedirectAttributes redirect) {
    try {
      rules.create(form.toCommand());
      redirect.addFlashAttribute("notice", "visa.rules.created");
      return "redirect:/visas/rules";
    } catch (BmisException e) {
      model.addAttribute("error", e.code());
    } catch (IllegalArgumentException e) {
      model.addAttribute("error", "visa.form_invalid");
    }
    return page(model, form);
  }

  private String page(Model model, EntryRuleForm form) {
    if (!CurrentActor.get().has(Role.ADMIN)) {
      throw new AccessDeniedProblem("auth.forbidden", "Administrators only.");
    }
    model.addAttribute("rules", rules.rules(null, null));
    model.addAttribute("form", form);
    model.addAttribute("policies", EntryPolicy.values());
    model.addAttribute("categories", DocumentCategory.values());
    return "visa/rules";
  }
}
