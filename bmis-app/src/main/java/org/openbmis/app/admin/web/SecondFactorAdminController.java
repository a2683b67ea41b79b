package org.openbmis.app.admin.web;

import java.util.UUID;
import org.openbmis.app.admin.SecondFactorService;
import org.openbmis.app.admin.UserService;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An administrator resets a user's second factor (ADMIN only, audited by the service). */
@Controller
class SecondFactorAdminController {

  private final SecondFactorService factors;
  private final UserService users;

  SecondFactorAdminController(SecondFactorService factors, UserService users) {
    this.factors = factors;
    this.users = users;
  }

  @PostMapping("/admin/users/{id}/second-factor-reset")
  String reset(@PathVariable UUID id, RedirectAttributes redirect) {
    factors.reset(id);
    redirect.addFlashAttribute("notice", "second_factor.notice.reset");
    redirect.addFlashAttribute("noticeArg", users.user(id).username());
    return "redirect:/admin/users";
  }
}
