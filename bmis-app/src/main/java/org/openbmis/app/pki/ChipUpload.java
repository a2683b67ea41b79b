package org.openbmis.app.pki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.chip.ChipFiles;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/** Reads chip files from multipart parts {@code sod} and {@code dg1} ... {@code dg16}. */
public final class ChipUpload {
  private ChipUpload() {}

  /** Whether the request carries a part named {@code sod}. */
  public static boolean present(MultipartHttpServletRequest request) {
    return request.getFile("sod") != null;
  }

  /**
   * The chip files of the request.
   *
   * @throws InvalidInputProblem {@code chip.sod_missing} without an {@code sod} part, {@code
   *     chip.file_too_large} for a part over {@code maxBytes}
   */
  public static ChipFiles read(MultipartHttpServletRequest request, int maxBytes) {
    MultipartFile sod = request.getFile("sod");
    if (sod == null || sod.isEmpty()) {
      throw new InvalidInputProblem("chip.sod_missing", "Send EF.SOD in the part named sod.");
    }
    Map<Integer, byte[]> dataGroups = new HashMap<>();
    for (int n = 1; n <= 16; n++) {
      MultipartFile dg = request.getFile("dg" + n);
      if (dg != null && !dg.isEmpty()) {
        dataGroups.put(n, bytes(dg, maxBytes));
      }
    }
    return new ChipFiles(bytes(sod, maxBytes), dataGroups);
  }

  /**
   * The active authentication outcome the reader reported (field {@code activeAuthentication}), or
   * null when it sent none.
   *
   * @throws InvalidInputProblem {@code chip.active_authentication_invalid} for another value
   */
  public static String activeAuthentication(MultipartHttpServletRequest request) {
    String value = request.getParameter("activeAuthentication");
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (!java.util.Set.of("PASSED", "FAILED", "NOT_SUPPORTED").contains(v)) {
      throw new InvalidInputProblem(
          "chip.active_authentication_invalid",
          "activeAuthentication is PASSED, FAILED or NOT_SUPPORTED.");
    }
    return v;
  }

  private static byte[] bytes(MultipartFile file, int maxBytes) {
    if (file.getSize() > maxBytes) {
      throw new InvalidInputProblem(
          "chip.file_too_large", "A chip file is larger than " + maxBytes + " bytes.");
    }
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
