package org.openbmis.app.web;

import java.util.Optional;
import org.openbmis.app.admin.BorderPostSummary;
import org.openbmis.app.admin.DeskSummary;
import org.openbmis.app.admin.PostService;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Model attributes every page's layout needs: the signed-in user ({@code actor}), their post and
 * desk ({@code workplace}) and what the navigation may show ({@code nav}).
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

  @ModelAttribute("workplace")
  Workplace workplace() {
    Optional<Actor> actor = CurrentActor.find();
    if (actor.isEmpty() || actor.get().postId() == null) {
      return null;
    }
    Actor a = actor.get();
    BorderPostSummary post = posts.post(a.postId());
    String desk = a.deskId() == null ? null : posts.desk(a.deskId()).map(DeskSummary::code).orElse(null);
    return new Workplace(post.code(), post.name(), desk);
  }

  @ModelAttribute("nav")
  Navigation nav() {
    return CurrentActor.find().map(Navigation::of).orElse(Navigation.NONE);
  }

  /** The post code and name and desk code shown in the header. */
  record Workplace(String postCode, String postName, String deskCode) {}

  /** Which navigation entries the signed-in user may see. */
  record Navigation(boolean desk, boolean audit, boolean admin, boolean signedIn) {
    static final Navigation NONE = new Navigation(false, false, false, false);

    static Navigation of(Actor a) {
      boolean desk = a.isPostStaff();
      boolean audit = a.has(Role.SUPERVISOR) || a.has(Role.ADMIN);
      return new Navigation(desk, audit, a.has(Role.ADMIN), true);
    }
  }
}
