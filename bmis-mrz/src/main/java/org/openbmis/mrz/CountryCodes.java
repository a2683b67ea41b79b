package org.openbmis.mrz;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Codes for issuing states and nationalities (Doc 9303 Part 3 section 5): ISO 3166-1 alpha-3 plus
 * the ICAO codes of Part 3 section 5 (Germany {@code D}, British nationality categories, {@code
 * EUE}, United Nations {@code UNO UNA UNK}, other issuing authorities {@code X..}, stateless and
 * refugees {@code XXA XXB XXC XXX}) and the deprecated {@code ANT}, {@code NTZ}. The specimen state
 * {@code UTO} is not known here; {@link MrzParser} may allow it. Codes are given without fillers
 * ({@code D}, not {@code D<<}); fillers are stripped before lookup.
 */
public final class CountryCodes {
  private static final Set<String> ACCEPTED_STATUS = Set.of("ICAO", "deprecated");
  private static final CountryCodes STANDARD = load();

  private final Map<String, String> names;
  private final Set<String> iso;

  private CountryCodes(Map<String, String> names, Set<String> iso) {
    this.names = Map.copyOf(names);
    this.iso = Set.copyOf(iso);
  }

  /**
   * The codes shipped with the library (ISO list of 2023-05-18 and Doc 9303 Part 3 section 5).
   *
   * @return the shared instance
   */
  public static CountryCodes standard() {
    return STANDARD;
  }

  /**
   * Whether the code is a known issuing state / nationality.
   *
   * @param mrzCode code as in the MRZ, fillers allowed ({@code D<<})
   * @return true for ISO alpha-3 and accepted ICAO codes
   */
  public boolean isKnown(String mrzCode) {
    return mrzCode != null && names.containsKey(MrzText.stripFillers(mrzCode));
  }

  /**
   * English name of a code.
   *
   * @param mrzCode code as in the MRZ, fillers allowed
   * @return for example {@code "Germany"} for {@code "D"}; empty for unknown codes
   */
  public Optional<String> name(String mrzCode) {
    return mrzCode == null
        ? Optional.empty()
        : Optional.ofNullable(names.get(MrzText.stripFillers(mrzCode)));
  }

  /**
   * The ISO 3166-1 alpha-3 codes.
   *
   * @return unmodifiable set of 249 codes
   */
  public Set<String> isoAlpha3() {
    return iso;
  }

  private static CountryCodes load() {
    Map<String, String> names = new HashMap<>();
    List<String> isoCodes = new ArrayList<>();
    for (List<String> row : csv("iso3166_1_alpha3.csv")) {
      names.put(row.get(0), row.get(3));
      isoCodes.add(row.get(0));
    }
    for (List<String> row : csv("icao_mrz_special_codes.csv")) {
      String status = row.get(4);
      if (ACCEPTED_STATUS.contains(status) || row.get(0).equals("RKS")) {
        String meaning = row.get(2);
        int paren = meaning.indexOf(" (");
        names.put(row.get(0), paren > 0 ? meaning.substring(0, paren) : meaning);
      }
    }
    return new CountryCodes(names, Set.copyOf(isoCodes));
  }

  private static List<List<String>> csv(String resource) {
    List<List<String>> rows = new ArrayList<>();
    try (InputStream in = CountryCodes.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          rows.add(splitCsv(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  static List<String> splitCsv(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        cell.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
