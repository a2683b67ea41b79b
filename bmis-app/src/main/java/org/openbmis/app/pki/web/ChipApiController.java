package org.openbmis.app.pki.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Map;
import org.openbmis.app.pki.ChipReader;
import org.openbmis.app.pki.ChipResult;
import org.openbmis.app.pki.ChipService;
import org.openbmis.app.pki.ChipUpload;
import org.openbmis.app.pki.PkiProperties;
import org.openbmis.app.pki.PostedChips;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.chip.ChipFiles;
import org.openbmis.mrz.MrzParser;
import org.openbmis.mrz.MrzSyntaxException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/** Verifies chip files from any reader: passive authentication and DG1 against the printed MRZ. */
@RestController
@RequestMapping("/api/v1/chip")
@Tag(name = "ePassport chips", description = "Passive authentication of chip files")
class ChipApiController {
  private final ChipService chips;
  private final PkiProperties properties;

  private final PostedChips posted;
  private final AuditLog audit;

  ChipApiController(
      ChipService chips, PkiProperties properties, PostedChips posted, AuditLog audit) {
    this.chips = chips;
    this.properties = properties;
    this.posted = posted;
    this.audit = audit;
  }

  /**
   * The desk agent's post (ADR 0026): the chip files of the document just scanned, kept in memory
   * for the same user's next scan of that document on the desk screen (2 minutes, once).
   */
  @PostMapping(path = "/desk", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR')")
  @Operation(
      summary =
          "The desk agent's chip read: parts sod, dg1 ... dg16, mrz (required: the document the"
              + " desk screen will scan) and activeAuthentication; 202, verified at the scan;"
              + " 422 chip.mrz_invalid, chip.sod_missing, chip.active_authentication_invalid")
  ResponseEntity<Map<String, Object>> desk(MultipartHttpServletRequest request) {
    String number;
    try {
      String mrz = request.getParameter("mrz");
      number = new MrzParser().parse(mrz == null ? "" : mrz).documentNumber();
    } catch (MrzSyntaxException e) {
      throw new InvalidInputProblem(
          "chip.mrz_invalid", "Send the scanned MRZ in the part named mrz.");
    }
    String aa = ChipUpload.activeAuthentication(request);
    ChipFiles files = ChipUpload.read(request, properties.maxFileBytes());
    Instant expires = posted.put(number, new ChipReader.Read(files, aa));
    audit.record(
        "chip.desk_posted",
        "chip",
        null,
        AuditLog.Outcome.SUCCESS,
        "dataGroups=" + files.dataGroups().keySet() + " activeAuthentication=" + aa);
    return ResponseEntity.accepted().body(Map.of("expiresAt", expires.toString()));
  }

  @PostMapping(path = "/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary =
          "Verify chip files: part sod (EF.SOD) required, dg1 ... dg16 raw data groups and mrz"
              + " (the printed MRZ) optional, activeAuthentication (PASSED, FAILED,"
              + " NOT_SUPPORTED: the reader's outcome, echoed); 422 chip.not_a_security_object,"
              + " chip.active_authentication_invalid")
  ChipResult verify(MultipartHttpServletRequest request) {
    String mrz = request.getParameter("mrz");
    String aa = ChipUpload.activeAuthentication(request);
    return ChipResult.of(chips.verify(ChipUpload.read(request, properties.maxFileBytes()), mrz))
        .withActiveAuthentication(aa);
  }
}
