package org.openbmis.app.document.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.openbmis.app.document.DocumentReading;
import org.openbmis.app.document.DocumentService;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/mrz/parse}: parse and validate a machine-readable zone. */
@RestController
@RequestMapping("/api/v1/mrz")
@Tag(name = "MRZ", description = "ICAO Doc 9303 machine-readable zones")
class MrzApiController {

  /** The request: MRZ lines separated by {@code \n}. */
  record ParseRequest(String mrz) {}

  private final DocumentService documents;

  MrzApiController(DocumentService documents) {
    this.documents = documents;
  }

  @PostMapping("/parse")
  @Operation(
      summary = "Parse and validate an MRZ",
      description =
          "Answers every field and every check digit, valid or not. Text that is not an MRZ at all"
              + " (line count, lengths, illegal characters) answers 422.")
  DocumentReading parse(@RequestBody ParseRequest request) {
    return documents.read(request.mrz());
  }
}
