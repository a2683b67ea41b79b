package org.openbmis.app.sync.web;

import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.Role;
import org.openbmis.app.sync.DeskFreshness;
import org.openbmis.app.sync.NodeRole;
import org.openbmis.app.sync.SyncStatusService;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs from the network (ADR 0023): the post's status strip ({@code
 * syncStrip}, at a post for a signed-in user, null elsewhere) and the network's navigation links
 * ({@code syncNav}): the post's screen for everyone signed in at a post, central's posts screen for
 * supervisors and administrators at headquarters, nothing at a single node.
 */
@ControllerAdvice(annotations = Controller.class)
class SyncLayoutAdvice {

  /** Which network screens the navigation shows. */
  record SyncLinks(boolean post, boolean central) {}

  private static final SyncLinks NONE = new SyncLinks(false, false);

  private final NodeRole role;
  private final SyncStatusService status;
  private final DeskFreshness freshness;

  SyncLayoutAdvice(NodeRole role, SyncStatusService status, DeskFreshness freshness) {
    this.role = role;
    this.status = status;
    this.freshness = freshness;
  }

  @ModelAttribute("syncStrip")
  @Nullable SyncStrip syncStrip() {
    return role == NodeRole.POST && CurrentActor.find().isPresent()
        ? new SyncStrip(status, freshness)
        : null;
  }

  @ModelAttribute("syncNav")
  SyncLinks syncNav() {
    Actor a = CurrentActor.find().orElse(null);
    if (a == null) {
      return NONE;
    }
    return switch (role) {
      case POST -> new SyncLinks(true, false);
      case CENTRAL -> new SyncLinks(false, a.has(Role.SUPERVISOR) || a.has(Role.ADMIN));
      case BOTH -> NONE;
    };
  }
}
