package org.openbmis.app.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javax.sql.DataSource;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.BusinessRuleProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Online backups of a post's H2 database: {@code BACKUP TO} writes a consistent zip of the database
 * file while the desks keep working, into {@code <data-folder>/backups}. PostgreSQL is backed up
 * outside the application ({@code pg_dump}, deploy/backup/pg-backup.sh): asked here, the node
 * answers 422 {@code admin.backup_use_pg_dump}. Every backup is audited.
 */
@Service
public class BackupService {

  /** A backup made: its file, size and time. */
  public record Backup(String file, long bytes, Instant madeAt) {}

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final JdbcClient jdbc;
  private final DataSource dataSource;
  private final AuditLog audit;
  private final Clock clock;
  private final Path folder;

  BackupService(
      JdbcClient jdbc,
      DataSource dataSource,
      AuditLog audit,
      Clock clock,
      @Value("${bmis.data-folder:data}") Path dataFolder) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
    this.audit = audit;
    this.clock = clock;
    this.folder = dataFolder.resolve("backups");
  }

  @PreAuthorize("hasRole('ADMIN')")
  public Backup backup() {
    if (!h2()) {
      throw new BusinessRuleProblem(
          "admin.backup_use_pg_dump",
          "This node runs on PostgreSQL: back it up with pg_dump (deploy/backup/pg-backup.sh).");
    }
    Instant now = clock.instant();
    Path file = folder.resolve("openbmis-" + STAMP.format(now) + ".zip").toAbsolutePath();
    try {
      Files.createDirectories(folder);
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // the path is ours (data folder and a time stamp), never a user's text
    jdbc.sql("BACKUP TO '" + file.toString().replace("'", "''") + "'").update();
    long bytes;
    try {
      bytes = Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    audit.record(
        "admin.backup_made",
        null,
        null,
        AuditLog.Outcome.SUCCESS,
        file.getFileName() + " bytes=" + bytes);
    return new Backup(file.toString(), bytes, now);
  }

  private boolean h2() {
    try (Connection c = dataSource.getConnection()) {
      return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
