package org.openbmis.app.pki.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openbmis.app.pki.CscaSummary;
import org.openbmis.app.pki.PkiProperties;
import org.openbmis.app.pki.PkiService;
import org.openbmis.app.shared.BmisException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The trust store page: CSCAs by country with expiry and staleness warnings, CRLs, imports. */
@Controller
class PkiAdminController {
  private final PkiService pki;
  private final PkiProperties properties;

  PkiAdminController(PkiService pki, PkiProperties properties) {
    this.pki = pki;
    this.properties = properties;
  }

  @GetMapping("/admin/pki")
  String page(Model model) {
    List<CscaSummary> cscas = pki.cscas();
    Map<String, List<CscaSummary>> byCountry = new TreeMap<>();
    for (CscaSummary c : cscas) {
      byCountry.computeIfAbsent(c.country(), k -> new java.util.ArrayList<>()).add(c);
    }
    model.addAttribute("byCountry", byCountry);
    model.addAttribute("cscaCount", cscas.size());
    model.addAttribute("crls", pki.crls());
    model.addAttribute(
        "staleCount", cscas.stream().filter(c -> c.freshness().name().equals("STALE")).count());
    model.addAttribute(
        "expiringCount",
        cscas.stream().filter(c -> c.freshness().name().equals("EXPIRING")).count());
    return "pki/trust-store";
  }

  @PostMapping("/admin/pki/import")
  String importFile(
      @RequestParam("kind") String kind,
      @RequestParam("file") MultipartFile file,
      RedirectAttributes redirect)
      throws IOException {
    if (file.isEmpty() || file.getSize() > properties.maxFileBytes()) {
      redirect.addFlashAttribute("problem", "pki.body_empty");
      return "redirect:/admin/pki";
    }
    try {
      byte[] bytes = file.getBytes();
      switch (kind) {
        case "MASTER_LIST" -> {
          var m = pki.importMasterList(bytes);
          redirect.addFlashAttribute("imported", m.added());
        }
        case "CRL" -> {
          pki.importCrl(bytes);
          redirect.addFlashAttribute("imported", 1);
        }
        default -> {
          var c = pki.importCsca(bytes);
          redirect.addFlashAttribute("imported", c.created() ? 1 : 0);
        }
      }
    } catch (BmisException e) {
      redirect.addFlashAttribute("problem", e.code());
    }
    return "redirect:/admin/pki";
  }
}
