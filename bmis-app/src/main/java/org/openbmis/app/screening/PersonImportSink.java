package org.openbmis.app.screening;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.openbmis.screening.PersonAlert;

/**
 * Receives the alerts of an import in chunks and diffs each chunk against the database: new source
 * ids are added, a different content hash is a change, the same hash is unchanged. Memory holds one
 * chunk, whatever the size of the file.
 */
final class PersonImportSink implements Consumer<PersonAlert> {

  static final int CHUNK = 500;
  static final int MAX_SOURCE_ID = 100;
  static final int MAX_PAYLOAD = 100_000;

  private final PersonAlertRepository repository;
  private final PersonAlertRepository.Change change;
  private final UUID importId;
  private final Map<String, PersonAlert> chunk = new LinkedHashMap<>();
  final ImportCounts counts = new ImportCounts();

  PersonImportSink(
      PersonAlertRepository repository, PersonAlertRepository.Change change, UUID importId) {
    this.repository = repository;
    this.change = change;
    this.importId = importId;
  }

  /**
   * Takes an alert into the chunk.
   *
   * @throws IllegalArgumentException if the alert does not fit its row (the importer reports it as
   *     a bad record with its location; a database error at the flush would end the whole import)
   */
  @Override
  public void accept(PersonAlert alert) {
    if (alert.sourceId().length() > MAX_SOURCE_ID) {
      throw new IllegalArgumentException("source id longer than " + MAX_SOURCE_ID + " characters");
    }
    if (StoredAlert.of(alert).json().length() > MAX_PAYLOAD) {
      throw new IllegalArgumentException(
          "the record holds more than " + MAX_PAYLOAD + " characters in all");
    }
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
    var existing = repository.existing(change.listId(), chunk.keySet());
    for (PersonAlert a : chunk.values()) {
      var e = existing.get(a.sourceId());
      if (e == null) {
        repository.insert(a, change, importId);
        counts.added++;
      } else if (e.deleted() || !e.hash().equals(a.contentHash())) {
        repository.update(e, a, change, importId);
        counts.changed++;
      } else {
        counts.unchanged++;
      }
    }
    repository.markSeen(change.listId(), importId, chunk.keySet());
    chunk.clear();
  }

  /** Soft-deletes the alerts the file no longer holds. */
  void removeUnseen() {
    flush();
    for (var e : repository.unseen(change.listId(), importId)) {
      repository.softDelete(e, change);
      counts.removed++;
    }
  }
}
