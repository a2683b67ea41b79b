package org.openbmis.app.screening;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Test files for the import API: an OFAC SDN set zipped as the API takes it. */
final class ScreeningClient {

  private ScreeningClient() {}

  static byte[] zip(Path dir, String... names) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (String n : names) {
        z.putNextEntry(new ZipEntry(n));
        z.write(Files.readAllBytes(dir.resolve(n)));
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
