package org.openbmis.app.admin.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.openbmis.app.admin.SecondFactorService;
import org.openbmis.app.admin.SecondFactorService.Verification;
import org.openbmis.app.admin.SecondFactorSession;
import org.openbmis.app.admin.SecondFactorSession.Step;
import org.openbmis.app.shared.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second step of the form sign-in: the code (or a recovery code), and the enrolment of a user
 * who has no second factor yet, ending with the recovery codes shown once.
 */
@Controller
class SecondFactorController {

  private final SecondFactorService factors;

  SecondFactorController(SecondFactorService factors) {
    this.factors = factors;
  }

  @GetMapping(SecondFactorSession.VERIFY_PAGE)
  String verifyPage(HttpServletRequest request) {
    return SecondFactorSession.pending(request) == Step.VERIFY
        ? "second-factor/verify"
        : "redirect:/";
  }

  @PostMapping(SecondFactorSession.VERIFY_PAGE)
  String verify(
      @RequestParam(defaultValue = "") String code,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    if (SecondFactorSession.pending(request) != Step.VERIFY) {
      return "redirect:/";
    }
    Verification result = factors.verify(code);
    switch (result.outcome()) {
      case ACCEPTED -> {
        SecondFactorSession.complete(request);
        return "redirect:/";
      }
      case RECOVERY_CODE_ACCEPTED -> {
        SecondFactorSession.complete(request);
        redirect.addFlashAttribute("notice", "second_factor.notice.recovery_code_used");
        redirect.addFlashAttribute("noticeArg", result.recoveryCodesLeft());
        return "redirect:/";
      }
      case BLOCKED -> model.addAttribute("error", "second_factor.error.blocked");
      default -> model.addAttribute("error", "second_factor.error.wrong_code");
    }
    return "second-factor/verify";
  }

  @GetMapping(SecondFactorSession.ENROL_PAGE)
  String enrolPage(HttpServletRequest request, Model model) {
    if (SecondFactorSession.pending(request) != Step.ENROL
        && factors.enrolled(CurrentActor.get().userId())) {
      return "redirect:/";
    }
    return enrolment(model);
  }

  @PostMapping(SecondFactorSession.ENROL_PAGE)
  String confirm(
      @RequestParam(defaultValue = "") String code, HttpServletRequest request, Model model) {
    if (SecondFactorSession.pending(request) != Step.ENROL
        && factors.enrolled(CurrentActor.get().userId())) {
      return "redirect:/";
    }
    List<String> recoveryCodes = factors.confirm(code);
    if (recoveryCodes.isEmpty()) {
      model.addAttribute("error", "second_factor.error.wrong_code");
      return enrolment(model);
    }
    SecondFactorSession.complete(request);
    model.addAttribute("recoveryCodes", recoveryCodes);
    return "second-factor/recovery-codes";
  }

  private String enrolment(Model model) {
    SecondFactorService.Enrolment enrolment = factors.enrolment();
    model.addAttribute("secret", enrolment.secret().replaceAll("(.{4})(?!$)", "$1 "));
    model.addAttribute("uri", enrolment.uri());
    return "second-factor/enrol";
  }
}
