package org.openbmis.app.web;

import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The home page sends each role where its work is; the sign-in page. A one-off {@code notice} (a
 * message key, with an optional {@code noticeArg}) sent to the home page, as after a password
 * change, travels on as {@code globalNotice}, shown by the layout of the page the role lands on.
 */
@Controller
class HomeController {

  @GetMapping("/")
  String home(Model model, RedirectAttributes redirect) {
    Actor actor = CurrentActor.get();
    Object notice = model.getAttribute("notice");
    Object arg = model.getAttribute("noticeArg");
    if (actor.isPostStaff() || actor.has(Role.ADMIN)) {
      if (notice != null) {
        redirect.addFlashAttribute("globalNotice", notice);
        redirect.addFlashAttribute("globalNoticeArg", arg == null ? "" : arg);
      }
      return actor.isPostStaff() ? "redirect:/inspection" : "redirect:/admin";
    }
    return "home";
  }

  @GetMapping("/login")
  String login() {
    return CurrentActor.find().isPresent() ? "redirect:/" : "login";
  }
}
