package org.openbmis.app.admin.web;

import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openbmis.app.admin.ApiTokenService;
import org.openbmis.app.admin.BorderPostSummary;
import org.openbmis.app.admin.DeskSummary;
import org.openbmis.app.admin.PostService;
import org.openbmis.app.admin.UserService;
import org.openbmis.app.admin.UserSummary;
import org.openbmis.app.shared.BmisException;
import org.openbmis.app.shared.Role;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * User accounts (ADMIN only): list, create, reset a password, enable or disable. One-time passwords
 * are rendered once in the answer to the POST, never stored in the session.
 */
@Controller
class UserController {

  /** A desk as offered in the desk select: post code and desk code. */
  record DeskOption(UUID id, String label) {}

  private final UserService users;
  private final PostService posts;
  private final Validator validator;
  private final ApiTokenService tokens;

  UserController(
      UserService users, PostService posts, Validator validator, ApiTokenService tokens) {
    this.tokens = tokens;
    this.users = users;
    this.posts = posts;
    this.validator = validator;
  }

  @InitBinder("userForm")
  void trim(WebDataBinder binder) {
    binder.registerCustomEditor(String.class, "username", new StringTrimmerEditor(true));
    binder.registerCustomEditor(String.class, "fullName", new StringTrimmerEditor(true));
  }

  @GetMapping("/admin/users")
  String list(Model model) {
    return listPage(model, new UserForm());
  }

  @PostMapping("/admin/users")
  String create(@ModelAttribute("userForm") UserForm form, BindingResult binding, Model model) {
    if (!binding.hasErrors() && FormErrors.validate(validator, form.toCommand(), binding)) {
      try {
        UserService.CreatedUser created = users.createUser(form.toCommand());
        model.addAttribute("user", created.user());
        model.addAttribute("oneTimePassword", created.oneTimePassword());
        return "admin/user-created";
      } catch (BmisException e) {
        FormErrors.reject(binding, e);
      }
    }
    return listPage(model, form);
  }

  @PostMapping("/admin/users/{id}/password-reset")
  String resetPassword(@PathVariable UUID id, Model model) {
    String password = users.resetPassword(id);
    model.addAttribute("user", users.user(id));
    model.addAttribute("oneTimePassword", password);
    return "admin/password-reset";
  }

  @PostMapping("/admin/users/{id}/enabled")
  String setEnabled(
      @PathVariable UUID id, @RequestParam boolean enabled, RedirectAttributes redirect) {
    users.setEnabled(id, enabled);
    redirect.addFlashAttribute(
        "notice", enabled ? "admin.notice.user_enabled" : "admin.notice.user_disabled");
    redirect.addFlashAttribute("noticeArg", users.user(id).username());
    return "redirect:/admin/users";
  }

  @GetMapping("/admin/users/{id}/tokens")
  String tokens(@PathVariable UUID id, Model model) {
    model.addAttribute("user", users.user(id));
    model.addAttribute("tokens", tokens.tokensOf(id));
    model.addAttribute("utc", java.time.ZoneOffset.UTC);
    return "admin/user-tokens";
  }

  /** Every user's tokens: the open ones, or all with {@code ended}. */
  @GetMapping("/admin/tokens")
  String allTokens(
      @org.springframework.web.bind.annotation.RequestParam(defaultValue = "false") boolean ended,
      Model model) {
    model.addAttribute("tokens", tokens.everyone(ended));
    model.addAttribute("ended", ended);
    return "admin/tokens";
  }

  @PostMapping("/admin/tokens/{tokenId}/revoke")
  String revokeAnyToken(@PathVariable UUID tokenId, RedirectAttributes redirect) {
    redirect.addFlashAttribute("notice", "account.notice.token_revoked");
    redirect.addFlashAttribute("noticeArg", tokens.revokeAny(tokenId).name());
    return "redirect:/admin/tokens";
  }

  @PostMapping("/admin/users/{id}/tokens/{tokenId}/revoke")
  String revokeToken(
      @PathVariable UUID id, @PathVariable UUID tokenId, RedirectAttributes redirect) {
    redirect.addFlashAttribute("notice", "account.notice.token_revoked");
    redirect.addFlashAttribute("noticeArg", tokens.revokeAny(tokenId).name());
    return "redirect:/admin/users/" + id + "/tokens";
  }

  private String listPage(Model model, UserForm form) {
    List<BorderPostSummary> all =
        posts.posts().stream().sorted(Comparator.comparing(BorderPostSummary::code)).toList();
    Map<UUID, String> postCodes =
        all.stream().collect(Collectors.toMap(BorderPostSummary::id, BorderPostSummary::code));
    List<DeskSummary> allDesks = all.stream().flatMap(p -> posts.desks(p.id()).stream()).toList();
    model.addAttribute(
        "users",
        users.users().stream().sorted(Comparator.comparing(UserSummary::username)).toList());
    model.addAttribute("postCodes", postCodes);
    model.addAttribute(
        "deskCodes",
        allDesks.stream().collect(Collectors.toMap(DeskSummary::id, DeskSummary::code)));
    model.addAttribute("posts", all);
    model.addAttribute(
        "desks",
        allDesks.stream()
            .map(d -> new DeskOption(d.id(), postCodes.get(d.postId()) + " · " + d.code()))
            .toList());
    model.addAttribute("roles", Role.values());
    model.addAttribute("userForm", form);
    return "admin/users";
  }
}
