package org.openbmis.app.movement.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.biometrics.Camera;
import org.openbmis.app.biometrics.CaptureParts;
import org.openbmis.app.biometrics.FingerCapture;
import org.openbmis.app.biometrics.FingerprintScanner;
import org.openbmis.app.document.ManualDocument;
import org.openbmis.app.movement.BiometricCapture;
import org.openbmis.app.movement.Decision;
import org.openbmis.app.movement.DecisionResult;
import org.openbmis.app.movement.DeskBiometrics;
import org.openbmis.app.movement.DeskChip;
import org.openbmis.app.movement.Direction;
import org.openbmis.app.movement.InspectionView;
import org.openbmis.app.movement.MovementService;
import org.openbmis.app.movement.Purpose;
import org.openbmis.app.movement.RefusalReason;
import org.openbmis.app.movement.StartInspectionCommand;
import org.openbmis.app.movement.TransportMode;
import org.openbmis.app.pki.ChipPortraits;
import org.openbmis.app.pki.ChipReader;
import org.openbmis.app.pki.ChipResult;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.BmisException;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.visa.Visa;
import org.openbmis.app.visa.VisaService;
import org.openbmis.biometrics.FingerPosition;
import org.openbmis.mrz.MrzParser;
import org.openbmis.mrz.MrzSyntaxException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Primary inspection: scan (or key in) a document, see every check, capture fingerprints and a
 * photo (from the desk's devices with F4, or files), decide. The result panel, the biometric
 * capture and the decision are htmx fragments; the inspection on screen and the last carrier live
 * in the session (passengers of one flight queue together).
 */
@Controller
class InspectionController {

  static final String CARRIER = "inspection.lastCarrier";
  static final String CURRENT = "inspection.current";
  static final String SCANNED = "inspection.scanned";
  static final String CHIP = "inspection.chip";
  private static final String RESULT = "inspection/result :: result";

  /** The fingers offered for capture, and those ticked by default (thumbs and index fingers). */
  static final List<FingerPosition> FINGERS = List.of(FingerPosition.values()).subList(1, 11);

  /** The decisions offered at primary (a referral opens a secondary case). */
  static final List<Decision> DECISIONS =
      List.of(Decision.ADMITTED, Decision.REFUSED, Decision.REFERRED);

  static final List<FingerPosition> DEFAULT_FINGERS =
      List.of(
          FingerPosition.RIGHT_THUMB,
          FingerPosition.RIGHT_INDEX,
          FingerPosition.LEFT_THUMB,
          FingerPosition.LEFT_INDEX);

  private final MovementService movements;
  private final WarningTexts warnings;
  private final VisaService visas;
  private final DeskBiometrics biometrics;
  private final FingerprintScanner scanner;
  private final Camera camera;
  private final DeskChip deskChip;
  private final ChipReader chipReader;
  private final AuditLog audit;

  InspectionController(
      MovementService movements,
      WarningTexts warnings,
      VisaService visas,
      DeskBiometrics biometrics,
      FingerprintScanner scanner,
      Camera camera,
      DeskChip deskChip,
      ChipReader chipReader,
      AuditLog audit) {
    this.deskChip = deskChip;
    this.chipReader = chipReader;
    this.audit = audit;
    this.movements = movements;
    this.warnings = warnings;
    this.visas = visas;
    this.biometrics = biometrics;
    this.scanner = scanner;
    this.camera = camera;
  }

  @GetMapping("/inspection")
  String page(Model model) {
    model.addAttribute("manual", new ManualForm());
    model.addAttribute("bioAvailable", biometrics.available());
    // travel groups are for officers and supervisors (TravelGroupService): no panel that would
    // only answer 403 for anyone else opening the page
    var actor = org.openbmis.app.shared.CurrentActor.get();
    model.addAttribute(
        "groupsAllowed",
        actor.has(org.openbmis.app.shared.Role.OFFICER)
            || actor.has(org.openbmis.app.shared.Role.SUPERVISOR));
    return "inspection/page";
  }

  @PostMapping("/inspection/scan")
  String scan(
      @RequestParam(name = "mrz", defaultValue = "") String mrz,
      HttpSession session,
      HttpServletResponse response,
      Model model) {
    String text = mrz.strip().toUpperCase(java.util.Locale.ROOT);
    if (text.startsWith("V")) {
      // a visa's MRZ (MRV-A or MRV-B, document code V): find the visa and show it
      Visa visa = visas.findByMrz(text);
      response.setHeader("HX-Redirect", "/visas/" + visa.id());
      return "inspection/result :: empty";
    }
    // the chip of the document on the reader, if it answers for the scanned document number
    ChipReader.Read chip = chipFiles(text);
    String page = start(new StartInspectionCommand(text, null, null), chip, text, session, model);
    if (model.getAttribute("view") instanceof InspectionView v) {
      // what was read, for the OCR corrections the officer may apply (OcrCorrectionController)
      session.setAttribute(SCANNED, new ScannedMrz(v.id(), text));
    }
    return page;
  }

  @PostMapping("/inspection/manual")
  String manual(@ModelAttribute("manual") ManualForm form, HttpSession session, Model model) {
    Map<String, String> errors = new LinkedHashMap<>();
    ManualDocument doc = form.toDocument(errors);
    if (doc == null) {
      model.addAttribute("errors", errors);
      return "inspection/manual :: manualErrors";
    }
    return start(new StartInspectionCommand(null, null, doc), null, null, session, model);
  }

  @PostMapping("/inspection/{id}/decision")
  String decide(
      @PathVariable UUID id,
      @ModelAttribute("form") DecisionForm form,
      BindingResult binding,
      HttpSession session,
      Model model) {
    InspectionView view = current(session, id);
    if (view == null) {
      return problem(model, "movement.inspection_not_found");
    }
    Map<String, String> errors = form.check();
    binding.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(), "validation.invalid"));
    if (errors.isEmpty()) {
      try {
        DecisionResult result = movements.decide(id, form.toCommand());
        session.removeAttribute(CURRENT);
        if (result.secondaryCaseId() != null) {
          model.addAttribute("referred", result);
          model.addAttribute("name", view.traveller());
          return "inspection/result :: referred";
        }
        if (form.getCarrier() != null && !form.getCarrier().isBlank()) {
          session.setAttribute(CARRIER, form.getCarrier().strip());
        }
        model.addAttribute("done", result);
        model.addAttribute("name", view.traveller());
        return "inspection/result :: done";
      } catch (InvalidInputProblem e) {
        e.fieldErrors()
            .forEach(
                f ->
                    errors.put(
                        f.field().startsWith("override") ? "override" : f.field(), f.code()));
        errors.putIfAbsent("decision", e.code());
      } catch (BmisException e) {
        model.addAttribute("problemCode", e.code());
        model.addAttribute("problemMessage", e.getMessage());
        if ("movement.override_required".equals(e.code())
            || "movement.override_not_permitted".equals(e.code())) {
          // a blocking condition stops admission: offer the referral, one Enter away
          form.setDecision(Decision.REFERRED);
        }
      }
    }
    show(view, model, session);
    model.addAttribute("errors", errors);
    return RESULT;
  }

  /**
   * Fingerprints and a photo for the inspection on screen: from the desk's scanner and camera
   * ({@code devices}, the ticked fingers), or from files; the whole result is shown again with the
   * biometric outcome, its warnings and alert hits.
   */
  @PostMapping("/inspection/{id}/biometrics")
  String biometrics(
      @PathVariable UUID id,
      @RequestParam(name = "scan", required = false) @Nullable List<String> scan,
      @RequestParam(required = false) @Nullable String devices,
      @RequestParam(required = false) @Nullable String position,
      @RequestParam(required = false) @Nullable MultipartFile image,
      @RequestParam(required = false) @Nullable String missingReason,
      @RequestParam(required = false) @Nullable MultipartFile photo,
      HttpSession session,
      Model model) {
    InspectionView view = current(session, id);
    if (view == null) {
      return problem(model, "movement.inspection_not_found");
    }
    try {
      BiometricCapture capture =
          devices != null
              ? fromDevices(scan, view.document().documentNumber())
              : fromFiles(position, image, missingReason, photo);
      view = biometrics.capture(view, capture);
      session.setAttribute(CURRENT, view);
    } catch (BmisException e) {
      model.addAttribute("problemCode", e.code());
      model.addAttribute("problemMessage", e.getMessage());
    }
    show(view, model, session);
    model.addAttribute("form", DecisionForm.proposed(view, (String) session.getAttribute(CARRIER)));
    model.addAttribute("errors", Map.of());
    return RESULT;
  }

  private BiometricCapture fromDevices(@Nullable List<String> scan, @Nullable String document) {
    List<FingerCapture> fingers = new ArrayList<>();
    if (scanner.available()) {
      for (String code : scan == null ? List.<String>of() : scan) {
        FingerPosition p = CaptureParts.position(code);
        scanner.scan(p, document).ifPresent(img -> fingers.add(FingerCapture.of(p, img)));
      }
    }
    byte[] face = camera.available() ? camera.capture().orElse(null) : null;
    if (fingers.isEmpty() && face == null) {
      throw new InvalidInputProblem(
          "biometrics.scanner_empty", "The scanner and the camera returned nothing.");
    }
    return new BiometricCapture(fingers, face);
  }

  private static BiometricCapture fromFiles(
      @Nullable String position,
      @Nullable MultipartFile image,
      @Nullable String missingReason,
      @Nullable MultipartFile photo) {
    List<FingerCapture> fingers = new ArrayList<>();
    if (missingReason != null && !missingReason.isBlank()) {
      fingers.add(CaptureParts.missingFinger(position + ":" + missingReason));
    } else if (image != null && !image.isEmpty()) {
      fingers.add(FingerCapture.of(CaptureParts.position(position), CaptureParts.bytes(image)));
    }
    byte[] face = photo != null && !photo.isEmpty() ? CaptureParts.bytes(photo) : null;
    return new BiometricCapture(fingers, face);
  }

  /**
   * The chip's portrait of the inspection on screen, as a JPEG: only for the user whose session
   * shows that inspection, audited, never cached.
   */
  @GetMapping("/inspection/{id}/chip-photo")
  ResponseEntity<byte[]> chipPhoto(@PathVariable UUID id, HttpSession session) {
    if (!(session.getAttribute(CHIP) instanceof ChipAtDesk c)
        || !c.inspectionId().equals(id)
        || c.photo() == null) {
      return ResponseEntity.notFound().build();
    }
    audit.record("chip.photo_viewed", "inspection", id, AuditLog.Outcome.SUCCESS, null);
    return ResponseEntity.ok()
        .contentType(MediaType.IMAGE_JPEG)
        .cacheControl(CacheControl.noStore())
        .body(c.photo());
  }

  private ChipReader.@Nullable Read chipFiles(String mrz) {
    if (!chipReader.available()) {
      return null;
    }
    try {
      return chipReader.read(new MrzParser().parse(mrz).documentNumber()).orElse(null);
    } catch (MrzSyntaxException e) {
      return null; // not an MRZ: the inspection answers that itself
    }
  }

  private String start(
      StartInspectionCommand cmd,
      ChipReader.@Nullable Read chipFiles,
      @Nullable String printedMrz,
      HttpSession session,
      Model model) {
    try {
      ChipResult chip =
          chipFiles == null
              ? null
              : deskChip
                  .verify(chipFiles.files(), printedMrz)
                  .withActiveAuthentication(chipFiles.activeAuthentication());
      InspectionView view = movements.startInspection(cmd, chip);
      byte[] photo = chipFiles == null ? null : ChipPortraits.jpeg(chipFiles.files()).orElse(null);
      session.setAttribute(CHIP, new ChipAtDesk(view.id(), chip, photo));
      session.setAttribute(CURRENT, view);
      show(view, model, session);
      model.addAttribute(
          "form", DecisionForm.proposed(view, (String) session.getAttribute(CARRIER)));
      model.addAttribute("errors", Map.of());
      return RESULT;
    } catch (InvalidInputProblem e) {
      model.addAttribute("fieldErrors", e.fieldErrors());
      model.addAttribute("problemMessage", e.getMessage());
      return problem(model, e.code());
    } catch (BmisException e) {
      model.addAttribute("problemMessage", e.getMessage());
      return problem(model, e.code());
    }
  }

  private void show(InspectionView view, Model model, HttpSession session) {
    model.addAttribute(
        "chip",
        session.getAttribute(CHIP) instanceof ChipAtDesk c && c.inspectionId().equals(view.id())
            ? c
            : new ChipAtDesk(view.id(), null, null));
    model.addAttribute("directions", Direction.values());
    model.addAttribute("decisions", DECISIONS);
    model.addAttribute("blocking", warnings.blocking(view));
    model.addAttribute("reasons", RefusalReason.values());
    model.addAttribute("purposes", Purpose.values());
    model.addAttribute("modes", TransportMode.values());
    model.addAttribute("view", view);
    model.addAttribute("warnings", warnings.of(view));
    boolean bio = biometrics.available();
    model.addAttribute("bioAvailable", bio);
    if (bio) {
      model.addAttribute("bioFingers", FINGERS);
      model.addAttribute("bioDefaultFingers", DEFAULT_FINGERS);
      model.addAttribute("bioScanner", scanner.available());
      model.addAttribute("bioCamera", camera.available());
    }
  }

  /** The inspection on screen, if it is this one. */
  private static @Nullable InspectionView current(HttpSession session, UUID id) {
    return session.getAttribute(CURRENT) instanceof InspectionView v && v.id().equals(id)
        ? v
        : null;
  }

  private static String problem(Model model, String code) {
    model.addAttribute("problemCode", code);
    return "fragments/problem :: problem";
  }
}
