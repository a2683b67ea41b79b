package org.openbmis.screening.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openbmis.screening.AlertAction;

/**
 * Coverage-guided fuzz tests of every list importer (Jazzer). The documented contract: an import of
 * any bytes returns a report and never throws (the XML importers say so; the CSV and JSON ones
 * throw only {@link java.io.UncheckedIOException} when the stream fails, which a byte array never
 * does), every accepted record reaches the sink, and a small file cannot make the importer allocate
 * out of proportion. Without {@code JAZZER_FUZZ} the inputs in {@code
 * ImporterFuzzTestInputs/<method>/} (seeds and past crashes) are replayed; {@code bench/fuzz.sh}
 * fuzzes for longer.
 */
class ImporterFuzzTest {
  private static final long FIXED = 32 << 20;
  private static final long PER_BYTE = 4096;

  @FuzzTest(maxDuration = "2m")
  void unXml(byte[] input) throws Exception {
    UnListImporter importer = new UnListImporter("UN", AlertAction.REFUSE_ENTRY);
    persons(input, (in, sink) -> importer.importFrom(in, sink::add));
  }

  @FuzzTest(maxDuration = "2m")
  void euXml(byte[] input) throws Exception {
    EuFsfImporter importer = new EuFsfImporter("EU", AlertAction.REFUSE_ENTRY);
    persons(input, (in, sink) -> importer.importFrom(in, sink::add));
  }

  /** The input holds sdn.csv, alt.csv and sdn_comments.csv separated by NUL bytes. */
  @FuzzTest(maxDuration = "2m")
  void ofacCsv(byte[] input) throws Exception {
    OfacSdnImporter importer = new OfacSdnImporter("OFAC", AlertAction.REFUSE_ENTRY);
    List<byte[]> files = splitOnNul(input, 3);
    persons(
        input,
        (in, sink) ->
            importer.importFrom(
                stream(files.get(0)), stream(files.get(1)), stream(files.get(2)), sink::add));
  }

  @FuzzTest(maxDuration = "2m")
  void ftmJson(byte[] input) throws Exception {
    FtmJsonImporter importer = new FtmJsonImporter("FTM", AlertAction.NOTIFY);
    persons(input, (in, sink) -> importer.importFrom(in, sink::add));
  }

  @FuzzTest(maxDuration = "2m")
  void nationalCsv(byte[] input) throws Exception {
    NationalListCsvImporter importer = new NationalListCsvImporter("NAT", AlertAction.NOTIFY);
    persons(input, (in, sink) -> importer.importFrom(in, sink::add));
  }

  @FuzzTest(maxDuration = "2m")
  void documentCsv(byte[] input) throws Exception {
    DocumentCsvImporter importer = new DocumentCsvImporter("SLTD");
    List<Object> sink = new ArrayList<>();
    FuzzBudget.run(
        input.length,
        FIXED,
        PER_BYTE,
        () -> {
          sink.clear();
          checkReport(importer.importFrom(stream(input), sink::add), sink.size());
        });
  }

  /** An import of the input into a list. */
  private interface PersonImport {
    ImportReport run(InputStream in, List<Object> sink);
  }

  private static void persons(byte[] input, PersonImport importer) throws Exception {
    List<Object> sink = new ArrayList<>();
    FuzzBudget.run(
        input.length,
        FIXED,
        PER_BYTE,
        () -> {
          sink.clear();
          checkReport(importer.run(stream(input), sink), sink.size());
        });
  }

  private static void checkReport(ImportReport r, int delivered) {
    assertThat(r.added()).isEqualTo(delivered);
    assertThat(r.rejections()).hasSizeLessThanOrEqualTo(ImportReport.MAX_DETAILS);
    assertThat(r.rejected()).isGreaterThanOrEqualTo(r.rejections().size());
    assertThat(r.read()).isGreaterThanOrEqualTo(r.added() + r.skipped());
  }

  private static InputStream stream(byte[] b) {
    return new ByteArrayInputStream(b);
  }

  static List<byte[]> splitOnNul(byte[] input, int parts) {
    List<byte[]> out = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < input.length && out.size() < parts - 1; i++) {
      if (input[i] == 0) {
        out.add(Arrays.copyOfRange(input, from, i));
        from = i + 1;
      }
    }
    out.add(Arrays.copyOfRange(input, from, input.length));
    while (out.size() < parts) {
      out.add(new byte[0]);
    }
    return out;
  }
}
