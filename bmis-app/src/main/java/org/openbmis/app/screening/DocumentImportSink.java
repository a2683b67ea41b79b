package org.openbmis.app.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.openbmis.screening.DocumentAlert;

/**
 * Receives document alerts in chunks (a lost and stolen file may hold tens of millions of rows):
 * each chunk is diffed against the table by source id and content hash; a changed record becomes a
 * new row and its old row is soft-deleted.
 */
final class DocumentImportSink implements Consumer<DocumentAlert> {

  static final int CHUNK = 1000;

  private final DocumentAlertRepository repository;
  private final UUID listId;
  private final int version;
  private final UUID importId;
  private final Map<String, DocumentAlert> chunk = new LinkedHashMap<>();
  final ImportCounts counts = new ImportCounts();

  DocumentImportSink(DocumentAlertRepository repository, UUID listId, int version, UUID importId) {
    this.repository = repository;
    this.listId = listId;
    this.version = version;
    this.importId = importId;
  }

  /**
   * Takes an alert into the chunk.
   *
   * @throws IllegalArgumentException if a field does not fit its column (reported by the importer
   *     as a bad record; a database error at the flush would end the whole import)
   */
  @Override
  public void accept(DocumentAlert alert) {
    fits("source id", alert.sourceId(), 100);
    fits("number", alert.number(), 40);
    fits("document_type", alert.documentType(), 40);
    fits("source", alert.source(), 200);
    if (chunk.put(alert.sourceId(), alert) != null) {
      counts.duplicate(alert.sourceId());
    }
    if (chunk.size() >= CHUNK) {
      flush();
    }
  }

  void flush() {
    if (chunk.isEmpty()) {
      return;
    }
    Map<String, String> hashes = new HashMap<>();
    var existing = repository.existing(listId, chunk.keySet(), hashes);
    List<String> same = new ArrayList<>();
    for (DocumentAlert a : chunk.values()) {
      long[] rid = existing.get(a.sourceId());
      if (rid != null && hashes.get(a.sourceId()).equals(a.contentHash())) {
        same.add(a.sourceId());
        counts.unchanged++;
        continue;
      }
      if (rid != null) {
        repository.delete(rid[0], version, "changed in list version " + version);
        counts.changed++;
      } else {
        counts.added++;
      }
      repository.insert(listId, a, version, importId);
    }
    repository.markSeen(listId, importId, same);
    chunk.clear();
  }

  void removeUnseen(String reason) {
    flush();
    counts.removed += repository.deleteUnseen(listId, importId, version, reason);
  }

  private static void fits(String field, String value, int max) {
    if (value != null && value.length() > max) {
      throw new IllegalArgumentException(field + " longer than " + max + " characters");
    }
  }
}
