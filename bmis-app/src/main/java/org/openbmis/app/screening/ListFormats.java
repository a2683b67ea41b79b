package org.openbmis.app.screening;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.screening.AlertAction;
import org.openbmis.screening.DocumentAlert;
import org.openbmis.screening.PersonAlert;
import org.openbmis.screening.imports.DocumentCsvImporter;
import org.openbmis.screening.imports.EuFsfImporter;
import org.openbmis.screening.imports.FtmJsonImporter;
import org.openbmis.screening.imports.ImportReport;
import org.openbmis.screening.imports.NationalListCsvImporter;
import org.openbmis.screening.imports.OfacSdnImporter;
import org.openbmis.screening.imports.UnListImporter;

/**
 * Reads an uploaded list in one of the import formats and streams its records into a sink. OFAC: a
 * ZIP holding {@code sdn.csv} with optionally {@code alt.csv} and {@code sdn_comments.csv} (spooled
 * to temporary files, never to memory), or {@code sdn.csv} alone. {@code csv}: the national person
 * template of {@code bmis-screening} ({@link NationalListCsvImporter}) for a person list, the lost
 * and stolen documents CSV ({@link DocumentCsvImporter}: {@code
 * id,number,issuing_state,document_type,reason,reported_on,source}) for a document list.
 */
final class ListFormats {

  private ListFormats() {}

  static ImportReport persons(
      ImportFormat format,
      String list,
      AlertAction action,
      InputStream in,
      Consumer<PersonAlert> sink) {
    return switch (format) {
      case UN_XML -> new UnListImporter(list, action).importFrom(in, sink);
      case OFAC_CSV -> ofac(list, action, in, sink);
      case EU_XML -> new EuFsfImporter(list, action).importFrom(in, sink);
      case FTM_JSON -> new FtmJsonImporter(list, action).importFrom(in, sink);
      case CSV -> new NationalListCsvImporter(list, action).importFrom(in, sink);
    };
  }

  static ImportReport documents(
      ImportFormat format, String list, InputStream in, Consumer<DocumentAlert> sink) {
    if (format != ImportFormat.CSV) {
      throw new InvalidInputProblem(
          "screening.format_not_for_documents",
          "A document list imports the lost and stolen documents CSV (format=csv) only.");
    }
    return new DocumentCsvImporter(list).importFrom(in, sink);
  }

  private static ImportReport ofac(
      String list, AlertAction action, InputStream raw, Consumer<PersonAlert> sink) {
    OfacSdnImporter importer = new OfacSdnImporter(list, action);
    BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
    try {
      in.mark(4);
      byte[] magic = in.readNBytes(4);
      in.reset();
      if (magic.length < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3) {
        return importer.importFrom(in, null, null, sink);
      }
      Path dir = Files.createTempDirectory("bmis-ofac");
      try {
        unzip(in, dir);
        if (!Files.exists(dir.resolve("sdn.csv"))) {
          throw new InvalidInputProblem(
              "screening.ofac_zip_without_sdn", "The ZIP file holds no sdn.csv.");
        }
        return importer.importDirectory(dir, sink);
      } finally {
        deleteAll(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void unzip(InputStream in, Path dir) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        String name = Path.of(e.getName()).getFileName().toString().toLowerCase(Locale.ROOT);
        if (!e.isDirectory()
            && (name.equals("sdn.csv")
                || name.equals("alt.csv")
                || name.equals("sdn_comments.csv"))) {
          Files.copy(zip, dir.resolve(name));
        }
      }
    } catch (java.util.zip.ZipException e) {
      throw new InvalidInputProblem("screening.zip_unreadable", "The ZIP file cannot be read.");
    }
  }

  private static void deleteAll(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
