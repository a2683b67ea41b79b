package org.openbmis.app.admin.web;

import org.openbmis.app.admin.PostService;
import org.openbmis.app.admin.UserService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administration overview (ADMIN only, by URL). */
@Controller
class AdminHomeController {

  private final PostService posts;
  private final UserService users;

  AdminHomeController(PostService posts, UserService users) {
    this.posts = posts;
    this.users = users;
  }

  @GetMapping("/admin")
  String index(Model model) {
    model.addAttribute("postCount", posts.posts().size());
    model.addAttribute("userCount", users.users().size());
    return "admin/index";
  }
}
