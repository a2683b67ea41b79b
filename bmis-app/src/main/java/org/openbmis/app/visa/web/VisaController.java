package org.openbmis.app.visa.web;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.BmisException;
import org.openbmis.app.visa.Visa;
import org.openbmis.app.visa.VisaOnArrivalCommand;
import org.openbmis.app.visa.VisaOnArrivalService;
import org.openbmis.app.visa.VisaService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Visa pages: search, the printable visa page, and the visa-on-arrival form of the desk. */
@Controller
class VisaController {

  private final VisaService visas;
  private final VisaOnArrivalService onArrival;

  VisaController(VisaService visas, VisaOnArrivalService onArrival) {
    this.visas = visas;
    this.onArrival = onArrival;
  }

  @GetMapping("/visas")
  String search(@RequestParam(required = false) @Nullable String q, Model model) {
    List<Visa> found = List.of();
    if (q != null && !q.isBlank()) {
      try {
        found = visas.search(q);
      } catch (BmisException e) {
        model.addAttribute("error", e.code());
      }
    }
    model.addAttribute("q", q);
    model.addAttribute("visas", found);
    model.addAttribute("searched", q != null && !q.isBlank());
    return "visa/search";
  }

  @GetMapping("/visas/{id}")
  String page(@PathVariable UUID id, Model model) {
    Visa visa = visas.visa(id);
    model.addAttribute("visa", visa);
    model.addAttribute("mrzLines", List.of(visas.mrz(visa).split("\n")));
    return "visa/page";
  }

  @GetMapping("/visas/on-arrival")
  String onArrivalForm(@ModelAttribute("form") VisaOnArrivalForm form) {
    return "visa/on-arrival";
  }

  @PostMapping("/visas/on-arrival")
  String issueOnArrival(@ModelAttribute("form") VisaOnArrivalForm form, Model model) {
    try {
      VisaOnArrivalCommand command = form.toCommand();
      Visa visa = onArrival.issue(command);
      return "redirect:/visas/" + visa.id();
    } catch (BmisException e) {
      model.addAttribute("error", e.code());
      return "visa/on-arrival";
    } catch (IllegalArgumentException e) {
      model.addAttribute("error", "visa.form_invalid");
      return "visa/on-arrival";
    }
  }
}
