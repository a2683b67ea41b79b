package org.openbmis.mrz;

/**
 * The text does not have the shape of any supported MRZ layout, so no field can be read.
 *
 * <p>Codes: {@code mrz.empty}, {@code mrz.line_count}, {@code mrz.line_length}, {@code
 * mrz.illegal_character} (Doc 9303 Part 3 section 4.3 allows only A-Z, 0-9 and {@code <}).
 */
public final class MrzSyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String code;

  /**
   * Creates the exception.
   *
   * @param code stable code such as {@code mrz.line_length}
   * @param message plain English explanation
   */
  public MrzSyntaxException(String code, String message) {
    super(message);
    this.code = code;
  }

  /**
   * The stable error code.
   *
   * @return for example {@code "mrz.line_count"}
   */
  public String code() {
    return code;
  }
}
