package org.openbmis.app.document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.mrz.CheckDigitResult;
import org.openbmis.mrz.CountryCodes;
import org.openbmis.mrz.IcaoTransliterator;
import org.openbmis.mrz.MrzParser;
import org.openbmis.mrz.MrzResult;
import org.openbmis.mrz.MrzSyntaxException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/** Reads documents (MRZ or keyed in) and tells what an officer must notice about them. */
@Service
@EnableConfigurationProperties(DocumentProperties.class)
public class DocumentService {

  private final MrzParser parser;
  private final CountryCodes countries = CountryCodes.standard();
  private final DocumentProperties props;
  private final Clock clock;

  DocumentService(DocumentProperties props, Clock clock) {
    this.props = props;
    this.clock = clock;
    this.parser = new MrzParser(clock, props.allowSpecimenStates());
  }

  /**
   * Reads a machine-readable zone. Text that is not an MRZ at all (line count, lengths, illegal
   * characters) is an {@link InvalidInputProblem} with code {@code document.mrz_syntax}.
   */
  public DocumentReading read(String mrz) {
    MrzResult r;
    try {
      r = parser.parse(mrz == null ? "" : mrz);
    } catch (MrzSyntaxException e) {
      throw new InvalidInputProblem(
          "document.mrz_syntax",
          e.getMessage(),
          List.of(new InvalidInputProblem.FieldError("mrz", e.code(), e.getMessage())));
    }
    Map<String, Boolean> checks = new LinkedHashMap<>();
    for (CheckDigitResult c : r.checkDigits().values()) {
      checks.put(c.field().jsonName(), c.valid());
    }
    return new DocumentReading(
        "MRZ",
        r.format().name(),
        r.documentCode(),
        r.issuingState(),
        countries.name(r.issuingState()).orElse(null),
        r.documentNumber(),
        r.primaryIdentifier(),
        r.secondaryIdentifier(),
        r.nationality(),
        r.dateOfBirth(),
        r.rawDateOfBirth(),
        r.dateOfExpiry(),
        r.sex().code(),
        r.optionalData(),
        checks,
        r.valid(),
        known(r.issuingState()),
        known(r.nationality()),
        r.problems().stream()
            .map(p -> new DocumentReading.Problem(p.code(), p.field(), p.message()))
            .toList(),
        r.corrections().stream()
            .map(
                c ->
                    new DocumentReading.Correction(
                        c.field(), c.original(), c.proposed(), c.reason()))
            .toList());
  }

  /**
   * The MRZ with the OCR corrections proposed for it applied (for the officer who confirms them),
   * or empty when nothing is proposed or the text is not an MRZ.
   */
  public Optional<String> corrected(String mrz) {
    try {
      return parser.corrected(mrz == null ? "" : mrz);
    } catch (MrzSyntaxException e) {
      return Optional.empty();
    }
  }

  /** Reads a document keyed in by hand; names are transliterated to the MRZ alphabet. */
  public DocumentReading readManual(ManualDocument d) {
    List<DocumentReading.Problem> problems = new ArrayList<>();
    String nationality = d.nationality() == null ? d.issuingState() : d.nationality();
    if (!known(d.issuingState())) {
      problems.add(
          new DocumentReading.Problem(
              "mrz.unknown_state", "issuingState", "Unknown issuing state."));
    }
    if (!known(nationality)) {
      problems.add(
          new DocumentReading.Problem("mrz.unknown_state", "nationality", "Unknown nationality."));
    }
    if (d.dateOfBirth().isAfter(LocalDate.now(clock))) {
      throw new InvalidInputProblem(
          "document.birth_in_future",
          "The date of birth is in the future.",
          List.of(
              new InvalidInputProblem.FieldError(
                  "dateOfBirth", "document.birth_in_future", "in the future")));
    }
    String primary = name(d.primaryIdentifier(), "primaryIdentifier");
    String secondary =
        d.secondaryIdentifier() == null ? "" : name(d.secondaryIdentifier(), "secondaryIdentifier");
    return new DocumentReading(
        "MANUAL",
        null,
        d.documentCode() == null ? "P" : d.documentCode(),
        d.issuingState(),
        countries.name(d.issuingState()).orElse(null),
        d.documentNumber(),
        primary,
        secondary,
        nationality,
        d.dateOfBirth(),
        d.dateOfBirth().toString(),
        d.dateOfExpiry(),
        d.sex() == null ? "X" : d.sex(),
        "",
        Map.of(),
        true,
        known(d.issuingState()),
        known(nationality),
        problems,
        List.of());
  }

  /**
   * A typed name in the MRZ alphabet. A name that leaves no letter (only fillers such as U+3164,
   * invisible or format characters, punctuation, or a script without a Latin form) is refused: it
   * would register a traveller without a name. An empty given name stays allowed.
   */
  private static String name(String typed, String field) {
    String t = IcaoTransliterator.transliterate(typed);
    boolean typedSomething = !typed.isBlank() || "primaryIdentifier".equals(field);
    if (t.isBlank() && typedSomething) {
      throw new InvalidInputProblem(
          "document.name_empty",
          "The name has no letter that can be written in the MRZ (A to Z).",
          List.of(
              new InvalidInputProblem.FieldError(field, "document.name_empty", "no letter A-Z")));
    }
    return t;
  }

  /** The warnings for the inspection screen, most serious first. */
  public List<DocumentWarning> warnings(DocumentReading d, LocalDate today) {
    return DocumentWarnings.of(d, today, props.expiringSoonDays());
  }

  private boolean known(String code) {
    return countries.isKnown(code) || (props.allowSpecimenStates() && "UTO".equals(code));
  }
}
