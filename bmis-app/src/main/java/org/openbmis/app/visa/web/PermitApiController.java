package org.openbmis.app.visa.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.openbmis.app.visa.GuardianLink;
import org.openbmis.app.visa.IssuePassCommand;
import org.openbmis.app.visa.IssuePermitCommand;
import org.openbmis.app.visa.Pass;
import org.openbmis.app.visa.Permit;
import org.openbmis.app.visa.PermitService;
import org.openbmis.app.visa.RegisterMinorCommand;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Permits and extensions of stay, shore and border passes, minors and their accompanying adults.
 */
@RestController
@Tag(name = "Permits and passes", description = "Permits, extensions, passes, minors")
class PermitApiController {

  private final PermitService permits;

  PermitApiController(PermitService permits) {
    this.permits = permits;
  }

  @PostMapping("/api/v1/permits")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Issue a work or residence permit or an extension of stay (extends the open stay)")
  Permit permit(@Valid @RequestBody IssuePermitCommand command) {
    return permits.issuePermit(command);
  }

  @PostMapping("/api/v1/passes")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Issue a shore pass (vessel, port) or a border pass (zone)")
  Pass pass(@Valid @RequestBody IssuePassCommand command) {
    return permits.issuePass(command);
  }

  @PostMapping("/api/v1/minors")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Register a minor with the adult accompanying them")
  GuardianLink minor(@Valid @RequestBody RegisterMinorCommand command) {
    return permits.registerMinor(command);
  }

  @GetMapping("/api/v1/travellers/{id}/guardians")
  @Operation(summary = "Minor links where the traveller is the child or the adult (audited)")
  List<GuardianLink> guardians(@PathVariable UUID id) {
    return permits.guardians(id);
  }
}
