package org.openbmis.app.web;

import jakarta.servlet.http.HttpServletRequest;
import org.openbmis.app.admin.PostService;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Model attributes every page's layout needs: the signed-in user ({@code actor}), what the
 * navigation may show ({@code nav}), the current path ({@code navPath}) and their post and desk
 * ({@code workplace}, read lazily so that REST calls, which match {@code Controller.class} too,
 * cost nothing).
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

  private final PostService posts;

  LayoutAdvice(PostService posts) {
    this.posts = posts;
  }

  @ModelAttribute("actor")
  Actor actor() {
    return CurrentActor.find().orElse(null);
  }

  @ModelAttribute("nav")
  Navigation nav() {
    return CurrentActor.find().map(Navigation::of).orElse(Navigation.NONE);
  }

  /** The path of the page, without the context path: marks the current navigation entry. */
  @ModelAttribute("navPath")
  String navPath(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  @ModelAttribute("workplace")
  Workplace workplace() {
    return new Workplace(posts, CurrentActor.find().orElse(null));
  }
}
