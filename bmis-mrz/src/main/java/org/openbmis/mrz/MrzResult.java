package org.openbmis.mrz;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything read from one MRZ, valid or not. Nothing is corrected silently: OCR fixes appear only
 * as {@link #corrections()}.
 *
 * @param format the layout
 * @param lines the normalised MRZ lines
 * @param documentCode document code without fillers, e.g. {@code P}, {@code ID}, {@code VB}
 * @param issuingState issuing state or organisation without fillers, e.g. {@code D}, {@code UTO}
 * @param documentNumber document number without trailing fillers; long TD1/TD2 numbers re-assembled
 *     (Doc 9303 Part 5 section 4.2.4 note j, Part 6)
 * @param primaryIdentifier surname(s), {@code <} turned into spaces, trimmed
 * @param secondaryIdentifier given name(s), {@code <} turned into spaces, trimmed (French ID: given
 *     names separated by {@code ", "})
 * @param nationality nationality without fillers ({@code FRA} implied for the French ID card)
 * @param dateOfBirth date of birth, or null when the MRZ text is not a real date
 * @param dateOfExpiry date of expiry, or null when absent or not a real date
 * @param rawDateOfBirth YYMMDD text as in the MRZ
 * @param rawDateOfExpiry YYMMDD text as in the MRZ ({@code ""} for the French ID card)
 * @param sex sex ({@link Sex#UNSPECIFIED} also when the character is not valid, with a problem)
 * @param optionalData optional data / personal number, fillers trimmed (TD1: line 1 after a long
 *     document number; French ID: the administrative code)
 * @param optionalData2 TD1 optional data of line 2, fillers trimmed; {@code ""} for other formats
 * @param checkDigits every check digit of the format; absent keys = no such digit in the format
 * @param problems every problem found
 * @param corrections proposed OCR corrections
 */
public record MrzResult(
    MrzFormat format,
    List<String> lines,
    String documentCode,
    String issuingState,
    String documentNumber,
    String primaryIdentifier,
    String secondaryIdentifier,
    String nationality,
    LocalDate dateOfBirth,
    LocalDate dateOfExpiry,
    String rawDateOfBirth,
    String rawDateOfExpiry,
    Sex sex,
    String optionalData,
    String optionalData2,
    Map<CheckedField, CheckDigitResult> checkDigits,
    List<MrzProblem> problems,
    List<MrzCorrection> corrections) {

  /** Makes the collections unmodifiable copies. */
  public MrzResult {
    lines = List.copyOf(lines);
    EnumMap<CheckedField, CheckDigitResult> copy = new EnumMap<>(CheckedField.class);
    copy.putAll(checkDigits);
    checkDigits = Collections.unmodifiableMap(copy);
    problems = List.copyOf(problems);
    corrections = List.copyOf(corrections);
  }

  /**
   * Whether every check digit present in the format is valid (Doc 9303 Part 3 section 4.9).
   *
   * @return true if all present check digits are valid
   */
  public boolean checkDigitsValid() {
    return checkDigits.values().stream().allMatch(CheckDigitResult::valid);
  }

  /**
   * Whether the birth date and the expiry date are real calendar dates. The expiry date may be
   * absent where the layout allows it: the French ID card has none, and an expiry field of fillers
   * with a filler check digit (Russian internal passport) is accepted as absent.
   *
   * @return true if the dates are real dates
   */
  public boolean datesValid() {
    boolean expiryAbsent =
        rawDateOfExpiry.isEmpty() || rawDateOfExpiry.chars().allMatch(c -> c == '<');
    return dateOfBirth != null && (dateOfExpiry != null || expiryAbsent);
  }

  /**
   * Whether the issuing state and the nationality are known codes (ISO 3166-1 alpha-3 or ICAO codes
   * of Doc 9303 Part 3 section 5).
   *
   * @return true if no {@code mrz.unknown_state} problem was reported
   */
  public boolean statesKnown() {
    return problems.stream().noneMatch(p -> p.code().equals("mrz.unknown_state"));
  }

  /**
   * Whether the MRZ is valid: every check digit valid and real dates. An unknown state code is a
   * problem but does not make the MRZ invalid.
   *
   * @return {@code checkDigitsValid() && datesValid()}
   */
  public boolean valid() {
    return checkDigitsValid() && datesValid();
  }
}
