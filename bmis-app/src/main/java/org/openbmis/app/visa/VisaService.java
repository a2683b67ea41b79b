package org.openbmis.app.visa;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.openbmis.app.document.DocumentReading;
import org.openbmis.app.document.DocumentService;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.ConflictProblem;
import org.openbmis.app.shared.CountryProperties;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.shared.NotFoundProblem;
import org.openbmis.app.shared.Uuids;
import org.openbmis.mrz.IcaoTransliterator;
import org.openbmis.mrz.MrzFields;
import org.openbmis.mrz.MrzFormat;
import org.openbmis.mrz.MrzGenerator;
import org.openbmis.mrz.Sex;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visas and e-visas: issued centrally, imported from e-visa files, found at the desk by their MRV-A
 * or MRV-B zone (number and holder birth date), and printed with a generated MRV-A zone.
 */
@Service
public class VisaService {

  static final String STAFF = "hasAnyRole('OFFICER','SUPERVISOR','ADMIN')";

  private final VisaRepository repo;
  private final DocumentService documents;
  private final AuditLog audit;
  private final Clock clock;
  private final CountryProperties country;
  private final Validator validator;
  private final ApplicationEventPublisher events;

  VisaService(
      VisaRepository repo,
      DocumentService documents,
      AuditLog audit,
      Clock clock,
      CountryProperties country,
      Validator validator,
      ApplicationEventPublisher events) {
    this.repo = repo;
    this.events = events;
    this.documents = documents;
    this.audit = audit;
    this.clock = clock;
    this.country = country;
    this.validator = validator;
  }

  /** Records a visa issued by a consulate, or an e-visa approval received through the API. */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public Visa issue(IssueVisaCommand c) {
    Visa visa = insert(c, c.source() == null ? VisaSource.ISSUED : c.source());
    audit.record(
        "visa.issued",
        "visa",
        visa.id(),
        AuditLog.Outcome.SUCCESS,
        visa.source() + " " + visa.number());
    return visa;
  }

  /** Imports e-visa approvals from CSV (columns: {@link VisaCsv}); each bad line is reported. */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public VisaImportResult importEvisas(String csv) {
    VisaCsv.Parsed parsed = VisaCsv.parse(csv, validator);
    List<VisaImportResult.Rejection> rejected = new java.util.ArrayList<>(parsed.rejected());
    int imported = 0;
    for (VisaCsv.Row row : parsed.rows()) {
      try {
        insert(row.command(), VisaSource.EVISA);
        imported++;
      } catch (InvalidInputProblem | ConflictProblem e) {
        rejected.add(new VisaImportResult.Rejection(row.line(), e.code(), e.getMessage()));
      }
    }
    audit.record(
        "visa.evisas_imported",
        "visa_import",
        null,
        AuditLog.Outcome.SUCCESS,
        imported + " imported, " + rejected.size() + " rejected");
    return new VisaImportResult(imported, rejected);
  }

  @PreAuthorize(STAFF)
  @Transactional
  public Visa visa(UUID id) {
    Visa visa =
        repo.find(id).orElseThrow(() -> new NotFoundProblem("visa.not_found", "No such visa."));
    audit.record("visa.read", "visa", id, AuditLog.Outcome.SUCCESS, null);
    return visa;
  }

  /** Visas by number (prefix), holder surname (prefix) or holder document number. */
  @PreAuthorize(STAFF)
  @Transactional
  public List<Visa> search(String text) {
    String q = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
    if (q.length() < 2 || q.length() > 100) {
      throw new InvalidInputProblem("visa.search_query", "Type 2 to 100 characters.");
    }
    List<Visa> found = repo.search(q, 50);
    audit.record("visa.search", "query", null, AuditLog.Outcome.SUCCESS, q + " -> " + found.size());
    return found;
  }

  /** The visa whose MRV-A or MRV-B zone was scanned (number and holder birth date), or 404. */
  @PreAuthorize(STAFF)
  @Transactional
  public Visa findByMrz(String mrz) {
    DocumentReading r = documents.read(mrz);
    if (!r.documentCode().startsWith("V") || r.dateOfBirth() == null) {
      throw new InvalidInputProblem(
          "visa.not_a_visa_mrz", "This machine-readable zone is not a visa's.");
    }
    Visa visa =
        repo.byNumberAndBirth(r.documentNumber(), r.dateOfBirth())
            .orElseThrow(
                () ->
                    new NotFoundProblem(
                        "visa.not_found", "No visa with this number and birth date."));
    audit.record("visa.read", "visa", visa.id(), AuditLog.Outcome.SUCCESS, "by MRZ");
    return visa;
  }

  /** The MRV-A machine-readable zone of the visa (two lines of 44, joined by a newline). */
  public String mrz(Visa v) {
    Sex sex = "M".equals(v.sex()) ? Sex.MALE : "F".equals(v.sex()) ? Sex.FEMALE : Sex.UNSPECIFIED;
    return MrzGenerator.generate(
        new MrzFields(
            MrzFormat.MRVA,
            "V",
            country.code(),
            v.number(),
            v.primaryIdentifier(),
            v.secondaryIdentifier(),
            v.nationality(),
            v.dateOfBirth(),
            sex,
            v.validUntil(),
            ""));
  }

  /** The holder's visas (no role check: the desk assessment calls it). */
  List<Visa> forHolder(String documentNumber, LocalDate dateOfBirth) {
    return repo.forHolder(documentNumber, dateOfBirth);
  }

  boolean useEntry(UUID visaId) {
    return repo.useEntry(visaId);
  }

  Visa insert(IssueVisaCommand c, VisaSource source) {
    if (c.validUntil().isBefore(c.validFrom())) {
      throw new InvalidInputProblem(
          "visa.validity",
          "The visa ends before it starts.",
          List.of(
              new InvalidInputProblem.FieldError(
                  "validUntil", "visa.validity", "before validFrom")));
    }
    if (IcaoTransliterator.transliterate(c.primaryIdentifier()).isBlank()) {
      throw new InvalidInputProblem(
          "visa.name_empty",
          "The holder's surname has no letter that can be written in the MRZ (A to Z).",
          List.of(
              new InvalidInputProblem.FieldError(
                  "primaryIdentifier", "visa.name_empty", "no letter A-Z")));
    }
    if (repo.numberTaken(c.number())) {
      throw new ConflictProblem("visa.number_taken", "A visa with this number exists.");
    }
    Visa visa =
        new Visa(
            Uuids.timeOrdered(),
            c.number(),
            c.type(),
            source,
            c.primaryIdentifier(),
            c.secondaryIdentifier() == null ? "" : c.secondaryIdentifier(),
            c.dateOfBirth(),
            c.sex() == null ? "X" : c.sex(),
            c.nationality(),
            c.documentNumber(),
            c.issuingPlace(),
            c.validFrom(),
            c.validUntil(),
            c.entriesAllowed(),
            0,
            c.durationDays(),
            null,
            null,
            null,
            null);
    repo.insert(visa, clock.instant(), CurrentActor.get().username());
    events.publishEvent(new VisaRecordIssued(visa.id()));
    return visa;
  }

  void insertOnArrival(Visa visa) {
    if (repo.numberTaken(visa.number())) {
      throw new ConflictProblem("visa.number_taken", "A visa with this number exists.");
    }
    repo.insert(visa, clock.instant(), CurrentActor.get().username());
    events.publishEvent(new VisaRecordIssued(visa.id()));
    events.publishEvent(new PermitOrVisaIssued(PermitOrVisaIssued.VISA, visa.id()));
  }
}
