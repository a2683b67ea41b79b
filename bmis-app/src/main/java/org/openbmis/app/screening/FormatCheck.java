package org.openbmis.app.screening;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.screening.imports.ImportReport;

/**
 * Refuses an import whose file is plainly in another format than the one picked (an XML list
 * imported as CSV, a CSV as UN XML...) before anything is read or written, naming the format the
 * file looks like; and suggests a list's import format (ADR 0021).
 */
final class FormatCheck {

  private static final int HEAD = 4096;

  private FormatCheck() {}

  /** The stream to import from, after checking its first bytes against the picked format. */
  static InputStream check(ImportFormat picked, InputStream body) {
    BufferedInputStream in = new BufferedInputStream(body, 1 << 16);
    try {
      in.mark(HEAD);
      byte[] head = in.readNBytes(HEAD);
      in.reset();
      ImportFormat looks = looksLike(head);
      if (looks != null
          && looks != picked
          && !(picked == ImportFormat.OFAC_CSV && looks == ImportFormat.CSV)) {
        throw mismatch(picked, looks);
      }
      return in;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every record read was rejected: the format picked was most likely the wrong one. */
  static InvalidInputProblem nothingAccepted(ImportFormat picked, ImportReport report) {
    String first =
        report.rejections().isEmpty()
            ? ""
            : " First: "
                + report.rejections().get(0).location()
                + ": "
                + report.rejections().get(0).reason();
    return new InvalidInputProblem(
        "screening.format_mismatch",
        "None of the "
            + report.read()
            + " records could be read as "
            + picked.code()
            + ": check the format picked; nothing was changed."
            + first);
  }

  /** The format the first bytes show, or null when they do not tell (plain text). */
  static @Nullable ImportFormat looksLike(byte[] head) {
    if (head.length >= 2 && head[0] == 'P' && head[1] == 'K') {
      return ImportFormat.OFAC_CSV;
    }
    String text = new String(head, StandardCharsets.UTF_8).stripLeading();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1).stripLeading();
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.startsWith("<")) {
      if (lower.contains("consolidated_list")) {
        return ImportFormat.UN_XML;
      }
      if (lower.contains("fsd") || lower.contains("<export")) {
        return ImportFormat.EU_XML;
      }
      return null;
    }
    if (lower.startsWith("{")) {
      return ImportFormat.FTM_JSON;
    }
    return lower.isEmpty() ? null : ImportFormat.CSV;
  }

  /** The format an import of this list starts from: its last import's, else by kind and code. */
  static ImportFormat suggested(AlertListView list, @Nullable String lastFormat) {
    if (list.kind() == ListKind.DOCUMENT) {
      return ImportFormat.CSV;
    }
    if (lastFormat != null) {
      for (ImportFormat f : ImportFormat.values()) {
        if (f.code().equals(lastFormat)) {
          return f;
        }
      }
    }
    String c = (list.code() + " " + list.name()).toUpperCase(Locale.ROOT);
    if (c.startsWith("UN") || c.contains("SECURITY COUNCIL")) {
      return ImportFormat.UN_XML;
    }
    if (c.contains("OFAC") || c.contains("SDN")) {
      return ImportFormat.OFAC_CSV;
    }
    if (c.startsWith("EU") || c.contains("EUROPEAN")) {
      return ImportFormat.EU_XML;
    }
    if (c.contains("OPENSANCTIONS") || c.contains("FTM")) {
      return ImportFormat.FTM_JSON;
    }
    return ImportFormat.CSV;
  }

  private static InvalidInputProblem mismatch(ImportFormat picked, ImportFormat looks) {
    return new InvalidInputProblem(
        "screening.format_mismatch",
        "The file looks like "
            + looks.code()
            + ", not "
            + picked.code()
            + ": pick the format of the file; nothing was changed.");
  }
}
