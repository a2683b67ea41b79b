package org.openbmis.app.sync.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.BmisException;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.NotFoundProblem;
import org.openbmis.app.shared.Role;
import org.openbmis.app.sync.CentralOverview;
import org.openbmis.app.sync.CentralPosts;
import org.openbmis.app.sync.DeskFreshness;
import org.openbmis.app.sync.NodeRole;
import org.openbmis.app.sync.SyncStatusService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The network's screens (ADR 0023): at a post, its link, outbox and datasets with the supervisor's
 * acknowledgement of stale data ({@code /sync}); at headquarters, every post ({@code /sync/posts},
 * revocation for administrators). A node of another role answers 404.
 */
@Controller
class SyncScreenController {

  private final NodeRole role;
  private final SyncStatusService status;
  private final DeskFreshness freshness;
  private final ObjectProvider<CentralOverview> overview;
  private final ObjectProvider<CentralPosts> central;

  SyncScreenController(
      NodeRole role,
      SyncStatusService status,
      DeskFreshness freshness,
      ObjectProvider<CentralOverview> overview,
      ObjectProvider<CentralPosts> central) {
    this.role = role;
    this.status = status;
    this.freshness = freshness;
    this.overview = overview;
    this.central = central;
  }

  @GetMapping("/sync")
  String post(Model model) {
    if (role != NodeRole.POST) {
      throw notHere();
    }
    model.addAttribute("status", status.postStatus());
    model.addAttribute("state", freshness.state());
    model.addAttribute("ages", new SyncStrip(status, freshness).getDatasets());
    model.addAttribute("mayAcknowledge", CurrentActor.get().has(Role.SUPERVISOR));
    return "sync/post";
  }

  @PostMapping("/sync/acknowledgement")
  String acknowledge(
      @RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
    if (role != NodeRole.POST) {
      throw notHere();
    }
    try {
      freshness.acknowledge(reason);
      redirect.addFlashAttribute("saved", "sync.acknowledged");
    } catch (BmisException e) {
      redirect.addFlashAttribute("problem", e.code());
    }
    return "redirect:/sync";
  }

  @GetMapping("/sync/posts")
  String posts(Model model) {
    CentralOverview o = overview.getIfAvailable();
    if (o == null) {
      throw notHere();
    }
    model.addAttribute("posts", o.posts());
    model.addAttribute("mayRevoke", CurrentActor.get().has(Role.ADMIN));
    return "sync/posts";
  }

  @PostMapping("/sync/posts/{id}/revocation")
  String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
    CentralPosts c = central.getIfAvailable();
    if (c == null) {
      throw notHere();
    }
    c.revoke(id);
    redirect.addFlashAttribute("saved", "sync.posts.revoked");
    return "redirect:/sync/posts";
  }

  private static NotFoundProblem notHere() {
    return new NotFoundProblem("sync.not_networked", "This node is not part of a network.");
  }
}
