package org.openbmis.app.traveller.web;

import java.util.List;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.traveller.TravellerService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Search travellers by document number or name. */
@Controller
class TravellerSearchController {

  private final TravellerService travellers;

  TravellerSearchController(TravellerService travellers) {
    this.travellers = travellers;
  }

  @GetMapping("/travellers")
  String search(@RequestParam(name = "q", required = false) String q, Model model) {
    model.addAttribute("q", q == null ? "" : q);
    if (q != null && !q.isBlank()) {
      try {
        model.addAttribute("results", travellers.search(q));
      } catch (InvalidInputProblem e) {
        model.addAttribute("problemCode", e.code());
        model.addAttribute("results", List.of());
      }
    }
    return "travellers/search";
  }
}
