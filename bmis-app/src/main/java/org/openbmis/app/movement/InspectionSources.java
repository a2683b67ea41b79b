package org.openbmis.app.movement;

import java.util.List;
import org.openbmis.app.document.DocumentReading;
import org.openbmis.app.document.DocumentService;
import org.openbmis.app.document.ManualDocument;
import org.openbmis.app.shared.ConflictProblem;
import org.openbmis.app.shared.InvalidInputProblem;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an inspection was started from, kept with it: the decision reads the same document again
 * (parsing an MRZ takes microseconds) rather than trusting a copy, and writes the traveller and
 * document only then.
 */
@Component
class InspectionSources {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final DocumentService documents;

  InspectionSources(DocumentService documents) {
    this.documents = documents;
  }

  /** The document of a start command: the MRZ as read, or the keyed-in fields. */
  DocumentReading read(StartInspectionCommand cmd) {
    if (cmd.mrz() != null && !cmd.mrz().isBlank()) {
      return documents.read(cmd.mrz());
    }
    if (cmd.document() != null) {
      return documents.readManual(cmd.document());
    }
    throw new InvalidInputProblem(
        "movement.document_required",
        "Scan the machine-readable zone or key in the document.",
        List.of(
            new InvalidInputProblem.FieldError("mrz", "movement.document_required", "required")));
  }

  /** The source to keep with the inspection. */
  InspectionRepository.Source source(StartInspectionCommand cmd) {
    if (cmd.mrz() != null && !cmd.mrz().isBlank()) {
      return new InspectionRepository.Source(cmd.mrz().strip(), null);
    }
    return new InspectionRepository.Source(null, JSON.writeValueAsString(cmd.document()));
  }

  /** The document of a kept source, read again. */
  DocumentReading read(InspectionRepository.Source source) {
    if (source.mrz() != null) {
      return documents.read(source.mrz());
    }
    if (source.manualDocument() != null) {
      return documents.readManual(JSON.readValue(source.manualDocument(), ManualDocument.class));
    }
    // an inspection started before this version kept no source: scan again
    throw new ConflictProblem(
        "movement.inspection_stale", "This inspection was started before an upgrade: scan again.");
  }
}
