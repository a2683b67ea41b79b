package org.openbmis.biometrics.ansinist;

import java.util.List;
import java.util.Objects;
import org.openbmis.biometrics.MissingFinger;

/**
 * What {@link AnsiNistReader} found in an ANSI/NIST-ITL file.
 *
 * @param version the standard version from field 1.002, e.g. {@code 0400}
 * @param recordTypes the type of every record, in file order, Type 1 first
 * @param fingers the fingerprint image records (Types 3, 4, 14)
 * @param missing fingers declared missing in field 14.018 (amputated or unable to print)
 */
public record AnsiNistFile(
    String version,
    List<Integer> recordTypes,
    List<AnsiNistFinger> fingers,
    List<MissingFinger> missing) {
  /**
   * Validates the fields and copies the lists.
   *
   * @throws NullPointerException if a field is null
   */
  public AnsiNistFile {
    Objects.requireNonNull(version, "version");
    recordTypes = List.copyOf(recordTypes);
    fingers = List.copyOf(fingers);
    missing = List.copyOf(missing);
  }
}
