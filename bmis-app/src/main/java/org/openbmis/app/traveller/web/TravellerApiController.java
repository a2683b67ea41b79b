package org.openbmis.app.traveller.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.openbmis.app.traveller.TravelDocumentSummary;
import org.openbmis.app.traveller.TravellerService;
import org.openbmis.app.traveller.TravellerSummary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Traveller records and search; every read and search is audited. */
@RestController
@Tag(name = "Travellers", description = "Travellers and their documents")
class TravellerApiController {

  /** A traveller with the documents they have presented. */
  record TravellerDetail(TravellerSummary traveller, List<TravelDocumentSummary> documents) {}

  private final TravellerService travellers;

  TravellerApiController(TravellerService travellers) {
    this.travellers = travellers;
  }

  @GetMapping("/api/v1/travellers/{id}")
  @Operation(summary = "A traveller and their documents (404 when unknown)")
  TravellerDetail traveller(@PathVariable UUID id) {
    return new TravellerDetail(travellers.traveller(id), travellers.documents(id));
  }

  @GetMapping("/api/v1/travellers")
  @Operation(summary = "Search by document number or name (start of the surname, any script)")
  List<TravellerSummary> search(@RequestParam("q") String query) {
    return travellers.search(query);
  }
}
