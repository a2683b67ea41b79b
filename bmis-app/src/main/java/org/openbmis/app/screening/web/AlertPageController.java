package org.openbmis.app.screening.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.screening.AlertListService;
import org.openbmis.app.screening.DocumentAlertCommand;
import org.openbmis.app.screening.ListKind;
import org.openbmis.app.screening.NationalAlertCommand;
import org.openbmis.app.screening.NationalAlertService;
import org.openbmis.app.shared.BmisException;
import org.openbmis.screening.AlertAction;
import org.openbmis.screening.Confidentiality;
import org.openbmis.screening.DocumentAlertReason;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * National alerts page (supervisors): propose person and document alerts, and approve or reject
 * others' changes.
 */
@Controller
class AlertPageController {

  private final AlertListService lists;
  private final NationalAlertService national;

  AlertPageController(AlertListService lists, NationalAlertService national) {
    this.lists = lists;
    this.national = national;
  }

  @GetMapping("/screening/alerts")
  String page(Model model) {
    var all = lists.lists();
    model.addAttribute("lists", all.stream().filter(l -> l.kind() == ListKind.PERSON).toList());
    model.addAttribute(
        "documentLists", all.stream().filter(l -> l.kind() == ListKind.DOCUMENT).toList());
    model.addAttribute("documentReasons", DocumentAlertReason.values());
    model.addAttribute("confidentialities", Confidentiality.values());
    model.addAttribute("pending", national.changes("PENDING"));
    model.addAttribute("recent", national.changes(null).stream().limit(30).toList());
    model.addAttribute("actions", AlertAction.values());
    return "screening/alerts";
  }

  @PostMapping("/screening/alerts")
  String propose(
      @RequestParam String list,
      @RequestParam(required = false) @Nullable String sourceId,
      @RequestParam String primaryName,
      @RequestParam(required = false) @Nullable String givenNames,
      @RequestParam(required = false) @Nullable String aliases,
      @RequestParam(required = false) @Nullable String datesOfBirth,
      @RequestParam(required = false) @Nullable String nationality,
      @RequestParam(required = false) @Nullable String sex,
      @RequestParam(required = false) @Nullable String documents,
      @RequestParam(required = false) @Nullable String reason,
      @RequestParam(required = false) @Nullable String agency,
      @RequestParam(required = false) @Nullable AlertAction action,
      @RequestParam(required = false) @Nullable String originalScript,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate validFrom,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate validUntil,
      @RequestParam(required = false) @Nullable Confidentiality confidentiality,
      RedirectAttributes redirect) {
    try {
      national.propose(
          list,
          new NationalAlertCommand(
              sourceId,
              primaryName,
              givenNames,
              split(aliases),
              originalScript,
              split(datesOfBirth),
              split(nationality),
              sex,
              split(documents),
              reason,
              agency,
              action,
              validFrom,
              validUntil,
              confidentiality),
          reason);
      redirect.addFlashAttribute("notice", "screening.alert.proposed");
    } catch (BmisException e) {
      redirect.addFlashAttribute("error", e.code());
    }
    return "redirect:/screening/alerts";
  }

  @PostMapping("/screening/alerts/documents")
  String proposeDocument(
      @RequestParam String list,
      @RequestParam(required = false) @Nullable String sourceId,
      @RequestParam String number,
      @RequestParam String issuingState,
      @RequestParam(required = false) @Nullable String documentType,
      @RequestParam DocumentAlertReason reason,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate reportedOn,
      @RequestParam(required = false) @Nullable String source,
      @RequestParam String why,
      RedirectAttributes redirect) {
    try {
      national.proposeDocument(
          list,
          new DocumentAlertCommand(
              sourceId, number, issuingState, documentType, reason, reportedOn, source),
          why);
      redirect.addFlashAttribute("notice", "screening.alert.proposed");
    } catch (BmisException e) {
      redirect.addFlashAttribute("error", e.code());
    }
    return "redirect:/screening/alerts";
  }

  @PostMapping("/screening/alerts/changes/{id}")
  String decide(
      @PathVariable UUID id,
      @RequestParam boolean approve,
      @RequestParam(required = false) @Nullable String reason,
      RedirectAttributes redirect) {
    try {
      national.decide(id, approve, reason);
      redirect.addFlashAttribute(
          "notice", approve ? "screening.change.approved" : "screening.change.rejected");
    } catch (BmisException e) {
      redirect.addFlashAttribute("error", e.code());
    }
    return "redirect:/screening/alerts";
  }

  private static List<String> split(@Nullable String s) {
    return s == null
        ? List.of()
        : Arrays.stream(s.split("[|;]")).map(String::strip).filter(x -> !x.isEmpty()).toList();
  }
}
