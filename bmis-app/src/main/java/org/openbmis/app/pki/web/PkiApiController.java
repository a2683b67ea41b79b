package org.openbmis.app.pki.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.openbmis.app.pki.CrlImported;
import org.openbmis.app.pki.CrlSummary;
import org.openbmis.app.pki.CscaImported;
import org.openbmis.app.pki.CscaSummary;
import org.openbmis.app.pki.MasterListImported;
import org.openbmis.app.pki.PkiProperties;
import org.openbmis.app.pki.PkiService;
import org.openbmis.app.shared.InvalidInputProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The ePassport trust store: CSCAs, link certificates, master lists and CRLs (administrators). */
@RestController
@RequestMapping("/api/v1/pki")
@Tag(name = "ePassport PKI", description = "CSCA trust store for chip verification")
class PkiApiController {

  /** A certificate imported or already trusted. */
  record CscaView(String subject, String country, Instant notAfter) {}

  /** A master list accepted. */
  record MasterListView(int certificates, long countries, int added) {}

  private final PkiService pki;
  private final PkiProperties properties;

  PkiApiController(PkiService pki, PkiProperties properties) {
    this.pki = pki;
    this.properties = properties;
  }

  @PostMapping("/cscas")
  @Operation(summary = "Trust a CSCA or link certificate (DER or PEM body); 200 if already trusted")
  ResponseEntity<CscaView> csca(@RequestBody byte[] body) {
    CscaImported c = pki.importCsca(limited(body));
    return ResponseEntity.status(c.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(new CscaView(c.subject(), c.country(), c.notAfter()));
  }

  @PostMapping("/master-lists")
  @Operation(
      summary =
          "Import a CMS-signed ICAO CSCA master list; 422 pki.master_list_untrusted unless its"
              + " signer chains to a trusted CSCA")
  ResponseEntity<MasterListView> masterList(@RequestBody byte[] body) {
    MasterListImported m = pki.importMasterList(limited(body));
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(new MasterListView(m.certificates(), m.countries(), m.added()));
  }

  @PostMapping("/crls")
  @Operation(summary = "Keep a CRL signed by a trusted CSCA (DER or PEM body)")
  ResponseEntity<CrlImported> crl(@RequestBody byte[] body) {
    CrlImported c = pki.importCrl(limited(body));
    return ResponseEntity.status(c.created() ? HttpStatus.CREATED : HttpStatus.OK).body(c);
  }

  @GetMapping("/cscas")
  @Operation(summary = "Trusted CSCAs by country, with their freshness (CURRENT, EXPIRING, STALE)")
  List<CscaSummary> cscas() {
    return pki.cscas();
  }

  @GetMapping("/crls")
  @Operation(summary = "CRLs kept, with their freshness")
  List<CrlSummary> crls() {
    return pki.crls();
  }

  private byte[] limited(byte[] body) {
    if (body.length == 0) {
      throw new InvalidInputProblem("pki.body_empty", "Send the file as the request body.");
    }
    if (body.length > properties.maxFileBytes()) {
      throw new InvalidInputProblem("pki.body_too_large", "The file is too large.");
    }
    return body;
  }
}
