package org.openbmis.app.visa.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.visa.EntryAssessment;
import org.openbmis.app.visa.EntryAssessmentQuery;
import org.openbmis.app.visa.IssueVisaCommand;
import org.openbmis.app.visa.Visa;
import org.openbmis.app.visa.VisaDeskService;
import org.openbmis.app.visa.VisaImportResult;
import org.openbmis.app.visa.VisaOnArrivalCommand;
import org.openbmis.app.visa.VisaOnArrivalService;
import org.openbmis.app.visa.VisaService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Visas and e-visas: record, import, find (also by the scanned MRV zone), issue on arrival. */
@RestController
@RequestMapping("/api/v1/visas")
@Tag(name = "Visas", description = "Visas, e-visas and visas on arrival")
class VisaApiController {

  /** A visa with its MRV-A zone, as printed. */
  record VisaView(Visa visa, String mrz) {}

  /** A scanned MRV-A or MRV-B zone. */
  record MrzLookup(@NotBlank String mrz) {}

  private final VisaService visas;
  private final VisaOnArrivalService onArrival;
  private final VisaDeskService desk;

  VisaApiController(VisaService visas, VisaOnArrivalService onArrival, VisaDeskService desk) {
    this.visas = visas;
    this.onArrival = onArrival;
    this.desk = desk;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Record a visa issued by a consulate, or an e-visa approval (source EVISA)")
  VisaView issue(@Valid @RequestBody IssueVisaCommand command) {
    return view(visas.issue(command));
  }

  @GetMapping("/{id}")
  VisaView visa(@PathVariable UUID id) {
    return view(visas.visa(id));
  }

  @GetMapping
  @Operation(
      summary = "Find visas by number (or its start), holder surname or holder document number")
  List<Visa> search(
      @RequestParam(required = false) @Nullable String number,
      @RequestParam(required = false) @Nullable String q) {
    String text = number != null ? number : q;
    if (text == null) {
      throw new InvalidInputProblem("visa.search_query", "Give a number or a query.");
    }
    return visas.search(text);
  }

  @PostMapping("/lookup")
  @Operation(
      summary =
          "Find the visa of a scanned MRV-A or MRV-B zone (number and birth date); 404 if none")
  VisaView lookup(@Valid @RequestBody MrzLookup body) {
    return view(visas.findByMrz(body.mrz()));
  }

  @PostMapping(
      path = "/imports",
      consumes = {"text/csv", "text/plain"})
  @Operation(
      summary = "Import e-visa approvals from CSV",
      description =
          "Header: number,type,surname,given_names,date_of_birth,sex,nationality,document_number,"
              + "issuing_place,valid_from,valid_until,entries,duration_days (entries: a number or M). Bad lines are"
              + " reported with their line number; the others are imported.")
  VisaImportResult importCsv(@RequestBody String csv) {
    return visas.importEvisas(csv);
  }

  @PostMapping("/on-arrival")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Issue a visa on arrival at the desk (the entry rule must allow it)")
  VisaView issueOnArrival(@Valid @RequestBody VisaOnArrivalCommand command) {
    return view(onArrival.issue(command));
  }

  @PostMapping("/assessments")
  @Operation(
      summary = "Assess an entry: rule, visa or permit, entries left, authorised stay end, reasons")
  EntryAssessment assess(@RequestBody EntryAssessmentQuery query) {
    if (query.travellerId() == null
        || query.documentNumber() == null
        || query.localDate() == null) {
      throw new InvalidInputProblem(
          "visa.assessment_query", "travellerId, documentNumber and localDate are required.");
    }
    return desk.assessEntry(query);
  }

  private VisaView view(Visa v) {
    return new VisaView(v, visas.mrz(v));
  }
}
