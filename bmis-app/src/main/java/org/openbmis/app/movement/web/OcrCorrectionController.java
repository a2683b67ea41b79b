package org.openbmis.app.movement.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openbmis.app.document.DocumentReading;
import org.openbmis.app.document.DocumentService;
import org.openbmis.app.movement.InspectionView;
import org.openbmis.app.shared.AuditLog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Applies the OCR corrections proposed for the inspection on screen (Alt+C, or the button under the
 * proposals) and reads the corrected MRZ again: a fresh inspection of the document as the officer
 * confirmed it, so that the decision records the corrected fields. The earlier inspection stays
 * undecided, as after Esc. Audited with both inspections and the corrected fields' names.
 */
@Controller
class OcrCorrectionController {

  private final DocumentService documents;
  private final InspectionController inspection;
  private final AuditLog audit;

  OcrCorrectionController(
      DocumentService documents, InspectionController inspection, AuditLog audit) {
    this.documents = documents;
    this.inspection = inspection;
    this.audit = audit;
  }

  @PostMapping("/inspection/{id}/corrections")
  String apply(
      @PathVariable UUID id, HttpSession session, HttpServletResponse response, Model model) {
    InspectionView view =
        session.getAttribute(InspectionController.CURRENT) instanceof InspectionView v
                && v.id().equals(id)
            ? v
            : null;
    String scanned =
        session.getAttribute(InspectionController.SCANNED) instanceof ScannedMrz s
                && s.inspectionId().equals(id)
            ? s.text()
            : null;
    if (view == null || scanned == null) {
      model.addAttribute("problemCode", "movement.inspection_not_found");
      return "fragments/problem :: problem";
    }
    Optional<String> corrected = documents.corrected(scanned);
    if (corrected.isEmpty()) {
      model.addAttribute("problemCode", "document.no_corrections");
      return "fragments/problem :: problem";
    }
    String page = inspection.scan(corrected.get(), session, response, model);
    if (model.getAttribute("view") instanceof InspectionView fresh) {
      model.addAttribute("appliedCorrections", view.document().corrections());
      model.addAttribute("correctedMrz", corrected.get());
      audit.record(
          "document.ocr_corrections_applied",
          "inspection",
          id,
          AuditLog.Outcome.SUCCESS,
          "fields "
              + view.document().corrections().stream()
                  .map(DocumentReading.Correction::field)
                  .collect(Collectors.joining(","))
              + "; read again as inspection "
              + fresh.id());
    }
    return page;
  }
}
