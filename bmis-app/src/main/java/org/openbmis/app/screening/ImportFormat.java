package org.openbmis.app.screening;

import java.util.Arrays;
import java.util.Locale;
import org.openbmis.app.shared.InvalidInputProblem;

/** The formats an import accepts ({@code ?format=}). */
public enum ImportFormat {
  UN_XML("un-xml"),
  OFAC_CSV("ofac-csv"),
  EU_XML("eu-xml"),
  FTM_JSON("ftm-json"),
  CSV("csv");

  private final String code;

  ImportFormat(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** The format of a query parameter; 422 {@code screening.format_unknown} otherwise. */
  public static ImportFormat of(String code) {
    String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(f -> f.code.equals(c))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputProblem(
                    "screening.format_unknown",
                    "Unknown format: use un-xml, ofac-csv, eu-xml, ftm-json or csv."));
  }
}
