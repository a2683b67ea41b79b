package org.openbmis.mrz;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads and validates an MRZ: TD1, TD2, TD3, MRV-A, MRV-B (ICAO Doc 9303 Parts 4-7) and the French
 * national identity card issued before 2021. Every field and every check is reported in the {@link
 * MrzResult}, valid or not; only text without the shape of an MRZ raises {@link
 * MrzSyntaxException}.
 *
 * <p>Input: lines separated by {@code \n} or {@code \r\n}; whitespace around each line is trimmed
 * and blank lines are ignored; lower-case letters are upper-cased. The layout is chosen by shape (3
 * x 30: TD1; 2 x 44: TD3, or MRV-A when the document code starts with {@code V}; 2 x 36: MRV-B when
 * the code starts with {@code V}, the French ID card when it reads {@code ID} or {@code 1D} issued
 * by {@code FRA}, else TD2). Dates get a century from the injected clock (see {@link
 * #MrzParser(Clock, boolean)}).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MrzParser {
  private static final Layout TD1 = new Td1Layout();
  private static final Layout TD2 = new TwoLineLayout(MrzFormat.TD2);
  private static final Layout TD3 = new TwoLineLayout(MrzFormat.TD3);
  private static final Layout MRVA = new TwoLineLayout(MrzFormat.MRVA);
  private static final Layout MRVB = new TwoLineLayout(MrzFormat.MRVB);
  private static final Layout FRENCH_ID = new FrenchIdLayout();

  private final Clock clock;
  private final boolean allowSpecimenStates;
  private final CountryCodes countries = CountryCodes.standard();

  /** A parser using the system clock that reports the specimen state {@code UTO} as unknown. */
  public MrzParser() {
    this(Clock.systemDefaultZone(), false);
  }

  /**
   * A parser with an explicit clock and specimen policy.
   *
   * @param clock gives "today": a birth date is never after it; an expiry date takes the century
   *     that puts it nearest to it (within about 50 years either side)
   * @param allowSpecimenStates whether {@code UTO} (Utopia, the fictional state of the Doc 9303
   *     specimens) counts as a known state, for tests and training
   */
  public MrzParser(Clock clock, boolean allowSpecimenStates) {
    this.clock = clock;
    this.allowSpecimenStates = allowSpecimenStates;
  }

  /**
   * Parses and validates an MRZ.
   *
   * @param text the MRZ lines
   * @return every field and every check, with problems and proposed OCR corrections
   * @throws MrzSyntaxException if the text is empty, has a wrong number of lines, lines of a wrong
   *     length, or characters outside A-Z, 0-9 and {@code <}
   */
  public MrzResult parse(String text) throws MrzSyntaxException {
    String[] lines = MrzLines.split(text);
    Layout layout = detect(lines);
    RawMrz raw = layout.read(lines);
    boolean codedNames = raw.documentCode().equals("PN") && raw.issuingState().equals("RUS");
    List<MrzCorrection> corrections =
        OcrCorrector.propose(layout, lines, raw, codedNames).corrections();
    return assemble(layout.format(), lines, raw, codedNames, corrections);
  }

  /**
   * The MRZ with every OCR correction that {@link #parse} proposes for it applied, for an officer
   * who has checked the proposals against the document and confirms them: parsing the result reads
   * the corrected fields. Nothing else changes (fillers, sex, unproposed characters).
   *
   * @param text the MRZ lines, as for {@link #parse}
   * @return the corrected, normalised lines separated by {@code \n}, or empty when nothing is
   *     proposed
   * @throws MrzSyntaxException as {@link #parse}
   */
  public Optional<String> corrected(String text) throws MrzSyntaxException {
    String[] lines = MrzLines.split(text);
    Layout layout = detect(lines);
    RawMrz raw = layout.read(lines);
    boolean codedNames = raw.documentCode().equals("PN") && raw.issuingState().equals("RUS");
    OcrCorrector.Proposal proposal = OcrCorrector.propose(layout, lines, raw, codedNames);
    return proposal.corrections().isEmpty()
        ? Optional.empty()
        : Optional.of(String.join("\n", proposal.lines()));
  }

  private static Layout detect(String[] lines) {
    String first = lines[0];
    if (lines.length == 3) {
      return TD1;
    }
    boolean visa = first.charAt(0) == 'V';
    if (first.length() == 44) {
      return visa ? MRVA : TD3;
    }
    boolean french =
        (first.startsWith("ID") || first.startsWith("1D")) && first.startsWith("FRA", 2);
    return visa ? MRVB : french ? FRENCH_ID : TD2;
  }

  private MrzResult assemble(
      MrzFormat format,
      String[] lines,
      RawMrz raw,
      boolean codedNames,
      List<MrzCorrection> corrections) {
    List<MrzProblem> problems = new ArrayList<>();
    for (CheckDigitResult r : raw.checks().values()) {
      if (!r.valid()) {
        problems.add(Problems.checkDigit(r));
      }
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate birth = DateInference.birth(raw.birth(), today);
    if (birth == null) {
      problems.add(Problems.date("dateOfBirth", raw.birth()));
    }
    LocalDate expiry = null;
    if (format != MrzFormat.FRENCH_ID) {
      expiry = DateInference.expiry(raw.expiry(), today);
      if (Checks.isFiller(raw.expiry())) {
        problems.add(Problems.dateAbsent());
      } else if (expiry == null) {
        problems.add(Problems.date("dateOfExpiry", raw.expiry()));
      }
    }
    String issuer = MrzText.stripFillers(raw.issuingState());
    String nationality = MrzText.stripFillers(raw.nationality());
    checkState(problems, "issuingState", issuer);
    checkState(problems, "nationality", nationality);
    Sex sex = Problems.sex(raw.sex(), problems);
    Problems.characters(raw, codedNames, problems);
    return new MrzResult(
        format,
        List.of(lines),
        raw.documentCode(),
        issuer,
        raw.documentNumber(),
        raw.primary(),
        raw.secondary(),
        nationality,
        birth,
        expiry,
        raw.birth(),
        raw.expiry(),
        sex,
        raw.optional1(),
        raw.optional2(),
        raw.checks(),
        problems,
        corrections);
  }

  private void checkState(List<MrzProblem> problems, String field, String code) {
    if (countries.isKnown(code) || (allowSpecimenStates && code.equals("UTO"))) {
      return;
    }
    String why =
        code.equals("UTO")
            ? "UTO (Utopia) is the fictional state of ICAO specimens, not a real state"
            : "not an ISO 3166-1 alpha-3 code nor an ICAO code (Doc 9303 Part 3 section 5)";
    problems.add(
        new MrzProblem("mrz.unknown_state", field, "Unknown state code " + code + ": " + why));
  }
}
