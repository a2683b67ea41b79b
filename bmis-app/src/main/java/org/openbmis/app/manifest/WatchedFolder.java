package org.openbmis.app.manifest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openbmis.app.shared.BmisException;
import org.openbmis.app.shared.RunOnce;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads PAXLST files dropped into {@code bmis.manifest.inbox} (a carrier's SFTP drop or a message
 * broker's bridge). A file is taken once it has not grown for one poll; after it is stored (raw
 * bytes committed) it moves to {@code done/} (accepted) or {@code rejected/} (the message, with its
 * reasons, is in the database either way). Hidden files and files ending in {@code .part} or {@code
 * .tmp} are still being written and are left alone.
 */
@Component
class WatchedFolder {

  private static final Logger log = LoggerFactory.getLogger(WatchedFolder.class);

  private final ManifestProperties properties;
  private final ApiMessageService service;
  private final java.util.Map<Path, Long> sizes = new java.util.HashMap<>();

  private final RunOnce runOnce;

  WatchedFolder(ManifestProperties properties, ApiMessageService service, RunOnce runOnce) {
    this.properties = properties;
    this.service = service;
    this.runOnce = runOnce;
  }

  /**
   * Reads the folder in one central process at a time (ADR 0027: a folder shared by the processes
   * is read by the lease holder, so no file is taken twice).
   */
  @Scheduled(
      fixedDelayString = "#{${bmis.manifest.poll-seconds:30} * 1000}",
      initialDelayString = "#{${bmis.manifest.poll-seconds:30} * 1000}")
  void scheduled() {
    runOnce.run("manifest-watched-folder", Duration.ofMinutes(10), Duration.ZERO, this::poll);
  }

  void poll() {
    Path inbox = properties.inbox();
    if (inbox == null || !Files.isDirectory(inbox)) {
      return;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(inbox)) {
      for (Path file : files) {
        if (Files.isRegularFile(file) && ready(file)) {
          take(inbox, file);
        }
      }
    } catch (IOException e) {
      log.warn("Cannot read the manifest inbox {}: {}", inbox, e.getMessage());
    }
  }

  /** Reads every file now (tests, and an operator's "read the folder now"). */
  int pollNow() {
    Path inbox = properties.inbox();
    int n = 0;
    if (inbox == null || !Files.isDirectory(inbox)) {
      return 0;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(inbox)) {
      for (Path file : files) {
        if (Files.isRegularFile(file) && !skipped(file)) {
          take(inbox, file);
          n++;
        }
      }
    } catch (IOException e) {
      log.warn("Cannot read the manifest inbox {}: {}", inbox, e.getMessage());
    }
    return n;
  }

  private boolean ready(Path file) throws IOException {
    if (skipped(file)) {
      return false;
    }
    long size = Files.size(file);
    Long before = sizes.put(file, size);
    return before != null && before == size;
  }

  private static boolean skipped(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith(".") || name.endsWith(".part") || name.endsWith(".tmp");
  }

  private void take(Path inbox, Path file) {
    sizes.remove(file);
    String outcome;
    try {
      byte[] raw = Files.readAllBytes(file);
      outcome = service.receiveFromFolder(raw).accepted() ? "done" : "rejected";
    } catch (BmisException e) {
      outcome = "rejected";
    } catch (RuntimeException e) {
      // The raw bytes were committed before processing failed: the message stays RECEIVED and an
      // administrator processes it again; the file is moved aside so it is not stored twice.
      log.error("Manifest file {} could not be processed", file.getFileName(), e);
      outcome = "failed";
    } catch (IOException e) {
      log.warn("Cannot read manifest file {}: {}", file.getFileName(), e.getMessage());
      return;
    }
    try {
      Path target = inbox.resolve(outcome);
      Files.createDirectories(target);
      Files.move(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      log.warn("Cannot move manifest file {}: {}", file.getFileName(), e.getMessage());
    }
  }
}
