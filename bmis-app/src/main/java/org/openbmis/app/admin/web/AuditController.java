package org.openbmis.app.admin.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.admin.BorderPostSummary;
import org.openbmis.app.admin.PostService;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.AuditLog.AuditEntry;
import org.openbmis.app.shared.AuditLog.AuditQuery;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.Role;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The audit log (SUPERVISOR and ADMIN, by URL): supervisors see only their own post's entries,
 * administrators every post. Every search is itself audited.
 */
@Controller
class AuditController {

  static final int LIMIT = 200;

  private final AuditLog audit;
  private final PostService posts;
  private final AuditRows rows;
  private final AuditPickers pickers;
  private final Clock clock;

  AuditController(
      AuditLog audit, PostService posts, AuditRows rows, AuditPickers pickers, Clock clock) {
    this.clock = clock;
    this.audit = audit;
    this.posts = posts;
    this.rows = rows;
    this.pickers = pickers;
  }

  @InitBinder("auditForm")
  void trim(WebDataBinder binder) {
    binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
  }

  @GetMapping("/audit")
  String search(
      @ModelAttribute("auditForm") AuditForm form,
      BindingResult binding,
      Model model,
      Locale locale) {
    Actor actor = CurrentActor.get();
    boolean admin = actor.has(Role.ADMIN);
    if (!admin) {
      form.setPostCode(actor.postCode());
    }
    List<BorderPostSummary> allPosts = posts.posts();
    ZoneId screenZone =
        actor.postId() == null ? ZoneOffset.UTC : posts.post(actor.postId()).timeZone();
    form.applyPeriod(LocalDate.now(clock.withZone(screenZone)));
    model.addAttribute("admin", admin);
    model.addAttribute(
        "posts",
        admin ? allPosts.stream().map(BorderPostSummary::code).sorted().toList() : List.of());
    model.addAttribute("actions", rows.actions(pickers.actionCodes(), locale));
    model.addAttribute("users", pickers.usernames(admin ? null : actor.postId()));
    model.addAttribute("desks", pickers.deskCodes(deskPost(admin, actor, form, allPosts)));
    model.addAttribute("activeFilters", form.activeFilters(admin));
    model.addAttribute("limit", LIMIT);
    model.addAttribute("filterErrors", binding.hasErrors());
    if (binding.hasErrors()) {
      model.addAttribute("entries", List.of());
      model.addAttribute("rows", List.of());
      return "audit/search";
    }
    List<AuditEntry> entries =
        !admin && actor.postCode() == null
            ? List.of()
            : audit.search(
                new AuditQuery(
                    form.getUsername(),
                    form.getPostCode(),
                    form.getAction(),
                    form.getSubjectId(),
                    form.getFrom(),
                    form.getTo(),
                    LIMIT,
                    // the days of the screen, whose times are in the post's zone (UTC at HQ)
                    screenZone,
                    form.getDeskCode()));
    List<AuditRows.Row> shown = rows.rows(entries, allPosts, actor, locale);
    long named = AuditRows.travellersNamed(shown);
    // the names shown are a read of person records: the search's entry says how many
    audit.record(
        "audit.search",
        null,
        null,
        AuditLog.Outcome.SUCCESS,
        describe(form) + (named > 0 ? " travellers_named=" + named : ""));
    model.addAttribute("entries", entries);
    model.addAttribute("rows", shown);
    return "audit/search";
  }

  /** The filters used, for the audit entry of the search itself. */
  static String describe(AuditForm f) {
    StringJoiner j = new StringJoiner(" ");
    add(j, "user", f.getUsername());
    add(j, "post", f.getPostCode());
    add(j, "desk", f.getDeskCode());
    add(j, "action", f.getAction());
    add(j, "subject", f.getSubjectId());
    add(j, "from", f.getFrom());
    add(j, "to", f.getTo());
    return j.length() == 0 ? "all" : j.toString();
  }

  /**
   * The post whose desks the desk picker offers: a supervisor's own, the post an administrator
   * chose, or none (every desk code, once).
   */
  private static @Nullable UUID deskPost(
      boolean admin, Actor actor, AuditForm form, List<BorderPostSummary> allPosts) {
    if (!admin) {
      return actor.postId();
    }
    return allPosts.stream()
        .filter(p -> p.code().equals(form.getPostCode()))
        .map(BorderPostSummary::id)
        .findFirst()
        .orElse(null);
  }

  private static void add(StringJoiner j, String name, Object value) {
    if (value != null) {
      j.add(name + "=" + value);
    }
  }
}
