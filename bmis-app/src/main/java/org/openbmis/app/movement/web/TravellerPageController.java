package org.openbmis.app.movement.web;

import java.util.UUID;
import org.openbmis.app.movement.MovementService;
import org.openbmis.app.traveller.TravellerService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A traveller's page: identity, documents and every movement. It lives in the movement module
 * because it shows movements (traveller must not depend on movement: movement uses traveller).
 */
@Controller
class TravellerPageController {

  private static final int ALL = 500;

  private final TravellerService travellers;
  private final MovementService movements;

  TravellerPageController(TravellerService travellers, MovementService movements) {
    this.travellers = travellers;
    this.movements = movements;
  }

  @GetMapping("/travellers/{id}")
  String traveller(@PathVariable UUID id, Model model) {
    model.addAttribute("traveller", travellers.traveller(id));
    model.addAttribute("documents", travellers.documents(id));
    model.addAttribute("movements", movements.history(id, ALL));
    model.addAttribute("openStay", movements.openStay(id).orElse(null));
    return "travellers/detail";
  }
}
