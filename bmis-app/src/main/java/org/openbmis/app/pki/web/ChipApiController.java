package org.openbmis.app.pki.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.openbmis.app.pki.ChipResult;
import org.openbmis.app.pki.ChipService;
import org.openbmis.app.pki.ChipUpload;
import org.openbmis.app.pki.PkiProperties;
import org.springframework.http.MediaType;
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

  ChipApiController(ChipService chips, PkiProperties properties) {
    this.chips = chips;
    this.properties = properties;
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
