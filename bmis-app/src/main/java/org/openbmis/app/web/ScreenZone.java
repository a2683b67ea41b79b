package org.openbmis.app.web;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.openbmis.app.admin.PostService;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.CurrentActor;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The time zone of the screen: every person-facing time is shown in it, and the screen says which
 * it is once. It is the time zone of the signed-in user's post; headquarters staff (no post) and
 * anonymous pages see UTC. Resolved once per request. The API never uses it: it answers ISO
 * instants in UTC.
 */
@Component
class ScreenZone {

  private static final String ATTRIBUTE = ScreenZone.class.getName();

  private final PostService posts;

  ScreenZone(PostService posts) {
    this.posts = posts;
  }

  ZoneId current() {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request != null
        && request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof ZoneId z) {
      return z;
    }
    ZoneId zone = resolve();
    if (request != null) {
      request.setAttribute(ATTRIBUTE, zone, RequestAttributes.SCOPE_REQUEST);
    }
    return zone;
  }

  private ZoneId resolve() {
    Actor actor = CurrentActor.find().orElse(null);
    if (actor == null || actor.postId() == null) {
      return ZoneOffset.UTC;
    }
    try {
      return posts.post(actor.postId()).timeZone();
    } catch (RuntimeException e) {
      // a post removed under a live session: say UTC rather than fail the page
      return ZoneOffset.UTC;
    }
  }
}
