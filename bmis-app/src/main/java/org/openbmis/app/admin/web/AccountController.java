package org.openbmis.app.admin.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.Objects;
import java.util.UUID;
import org.openbmis.app.admin.ApiTokenService;
import org.openbmis.app.admin.PostService;
import org.openbmis.app.admin.UserService;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.BmisException;
import org.openbmis.app.shared.CurrentActor;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
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

/** The signed-in user's own account: password, desk and API tokens. */
@Controller
class AccountController {

  private final UserService users;
  private final PostService posts;
  private final ApiTokenService tokens;
  private final Validator validator;

  AccountController(
      UserService users, PostService posts, ApiTokenService tokens, Validator validator) {
    this.users = users;
    this.posts = posts;
    this.tokens = tokens;
    this.validator = validator;
  }

  @InitBinder("tokenForm")
  void trim(WebDataBinder binder) {
    binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
  }

  @GetMapping("/account/password")
  String passwordPage(Model model) {
    model.addAttribute("passwordForm", new PasswordForm());
    return "account/password";
  }

  @PostMapping("/account/password")
  String changePassword(
      @ModelAttribute("passwordForm") PasswordForm form,
      BindingResult binding,
      RedirectAttributes redirect,
      HttpServletRequest request,
      HttpServletResponse response) {
    if (FormErrors.validate(validator, form.toCommand(), binding)) {
      if (!Objects.equals(form.getNewPassword(), form.getRepeatPassword())) {
        binding.rejectValue("repeatPassword", "account.password_mismatch", "The passwords differ.");
        return "account/password";
      }
      try {
        users.changeOwnPassword(form.getCurrentPassword(), form.getNewPassword());
        // this session goes on under the new credentials (the user's other sessions end)
        new HttpSessionSecurityContextRepository()
            .saveContext(SecurityContextHolder.getContext(), request, response);
        redirect.addFlashAttribute("notice", "account.notice.password_changed");
        return "redirect:/";
      } catch (BmisException e) {
        FormErrors.reject(binding, e);
      }
    }
    return "account/password";
  }

  @GetMapping("/account/desk")
  String deskPage(Model model) {
    Actor actor = CurrentActor.get();
    model.addAttribute("post", actor.postId() == null ? null : posts.post(actor.postId()));
    model.addAttribute(
        "desks", actor.postId() == null ? java.util.List.of() : posts.desks(actor.postId()));
    model.addAttribute("currentDesk", users.user(actor.userId()).deskId());
    return "account/desk";
  }

  @PostMapping("/account/desk")
  String chooseDesk(@RequestParam UUID deskId, Model model, RedirectAttributes redirect) {
    try {
      users.chooseDesk(deskId);
    } catch (BmisException e) {
      model.addAttribute("error", e.code());
      return deskPage(model);
    }
    redirect.addFlashAttribute("notice", "account.notice.desk_chosen");
    redirect.addFlashAttribute("noticeArg", posts.desk(deskId).map(d -> d.code()).orElse(""));
    return "redirect:/account/desk";
  }

  @GetMapping("/account/tokens")
  String tokensPage(Model model) {
    TokenForm form = new TokenForm();
    form.setDays(Math.min(form.getDays(), tokens.maxDays()));
    model.addAttribute("tokenForm", form);
    return tokenList(model);
  }

  private String tokenList(Model model) {
    model.addAttribute("tokens", tokens.mine());
    model.addAttribute("maxDays", tokens.maxDays());
    model.addAttribute("utc", java.time.ZoneOffset.UTC);
    return "account/tokens";
  }

  @PostMapping("/account/tokens/{id}/revoke")
  String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
    redirect.addFlashAttribute("notice", "account.notice.token_revoked");
    redirect.addFlashAttribute("noticeArg", tokens.revokeMine(id).name());
    return "redirect:/account/tokens";
  }

  @PostMapping("/account/tokens")
  String issue(@ModelAttribute("tokenForm") TokenForm form, BindingResult binding, Model model) {
    if (!binding.hasErrors() && FormErrors.validate(validator, form.toRequest(), binding)) {
      try {
        model.addAttribute("issued", tokens.issue(form.getName(), form.getDays()));
        model.addAttribute("utc", java.time.ZoneOffset.UTC);
        return "account/token-issued";
      } catch (BmisException e) {
        FormErrors.reject(binding, e);
      }
    }
    return tokenList(model);
  }
}
