package org.openbmis.app.web;

import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page sends each role where its work is; the sign-in page. */
@Controller
class HomeController {

  @GetMapping("/")
  String home() {
    Actor actor = CurrentActor.get();
    if (actor.isPostStaff()) {
      return "redirect:/inspection";
    }
    if (actor.has(Role.ADMIN)) {
      return "redirect:/admin";
    }
    return "home";
  }

  @GetMapping("/login")
  String login() {
    return CurrentActor.find().isPresent() ? "redirect:/" : "login";
  }
}
