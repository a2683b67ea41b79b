package org.openbmis.agent;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;

/**
 * The desk agent: reads one MRZ per block of lines on standard input (as the document scanner types
 * it; an empty line ends a block), reads the chip and posts it to the application.
 *
 * <pre>
 * java -jar bmis-desk-agent.jar --app https://bmis.example/api/v1/chip/desk \
 *   --token-file /etc/bmis/desk.token [--reader NAME | --folder DIR [--aa-key DG15_sk.pkcs8]]
 * </pre>
 *
 * Prints the application's answer for each document; never the MRZ or the token.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    String app = null;
    String tokenFile = null;
    String reader = null;
    String folder = null;
    String aaKey = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--app" -> app = args[i + 1];
        case "--token-file" -> tokenFile = args[i + 1];
        case "--reader" -> reader = args[i + 1];
        case "--folder" -> folder = args[i + 1];
        case "--aa-key" -> aaKey = args[i + 1];
        default -> throw new IllegalArgumentException("Unknown option " + args[i]);
      }
    }
    if (app == null || tokenFile == null) {
      System.err.println(
          "Usage: --app URL --token-file FILE [--reader NAME | --folder DIR [--aa-key FILE]]");
      System.exit(2);
    }
    ChipSource source;
    if (folder != null) {
      var files = new FolderChipSource(Path.of(folder));
      source =
          aaKey == null
              ? files
              : new SimulatedChip(
                  files,
                  (RSAPrivateCrtKey)
                      KeyFactory.getInstance("RSA")
                          .generatePrivate(
                              new PKCS8EncodedKeySpec(Files.readAllBytes(Path.of(aaKey)))));
    } else {
      source = new PcscChipSource(reader);
    }
    var client = new AppClient(URI.create(app), Files.readString(Path.of(tokenFile)));
    var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
    StringBuilder block = new StringBuilder();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (!line.isBlank()) {
        block.append(line.strip()).append('\n');
        continue;
      }
      if (block.length() > 0) {
        handle(source, client, block.toString());
        block.setLength(0);
      }
    }
    if (block.length() > 0) {
      handle(source, client, block.toString());
    }
  }

  private static void handle(ChipSource source, AppClient client, String mrz) {
    try {
      var chip = source.read(MrzKey.of(mrz));
      if (chip.isEmpty()) {
        System.out.println("NOT_READ");
        return;
      }
      var answer = client.send(chip.get(), mrz);
      System.out.println(answer.status() + " " + answer.body());
    } catch (Exception e) {
      System.out.println("ERROR " + e.getClass().getSimpleName());
    }
  }
}
