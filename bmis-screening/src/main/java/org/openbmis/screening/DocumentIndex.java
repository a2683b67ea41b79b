package org.openbmis.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * An in-memory index of document alerts for INTERPOL SLTD scale (designed for 100 million records):
 * an open-addressing hash table over primitive arrays, about 18 bytes per slot (64-bit hash of the
 * canonical number, 15-bit issuing state, 32-bit hash of the exact number, 32-bit record id). No
 * objects per record. A hit is verified by two independent hashes (64 + 32 bits); the caller keeps
 * the records themselves (database) under the record id.
 *
 * <p>Lookups may run concurrently with each other and with updates (a read-write lock).
 */
public final class DocumentIndex {
  private static final int REMOVED = -1;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private long[] keys;
  private short[] states;
  private int[] exact;
  private int[] ids;
  private int used;
  private int live;

  /**
   * An index sized for an expected number of records (it grows when needed).
   *
   * @param expectedRecords expected number of records, e.g. 10_000_000
   */
  public DocumentIndex(int expectedRecords) {
    allocate(capacityFor(Math.max(16, expectedRecords)));
  }

  /**
   * Adds a document alert.
   *
   * @param number the document number (any format; normalised here)
   * @param issuingState alpha-3 code, or null when unknown
   * @param recordId the caller's id of the record, {@code >= 0}
   * @throws IllegalArgumentException if the number has no letters or digits or the id is negative
   */
  public void add(String number, String issuingState, int recordId) {
    String norm = DocumentNumberKey.normalise(number);
    if (norm.isEmpty() || recordId < 0) {
      throw new IllegalArgumentException("document number empty or record id negative");
    }
    long key = DocumentNumberKey.hash64(DocumentNumberKey.canonical(norm));
    lock.writeLock().lock();
    try {
      if ((used + 1) * 4L > keys.length * 3L) {
        rehash(live * 2L > keys.length / 2 ? capacityFor(live * 2) : keys.length);
      }
      int slot = home(key, keys.length);
      while (keys[slot] != 0) {
        slot = next(slot, keys.length);
      }
      put(
          slot,
          key,
          DocumentNumberKey.packState(issuingState),
          DocumentNumberKey.hash32(norm),
          recordId);
      used++;
      live++;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Adds a document alert.
   *
   * @param alert the alert
   * @param recordId the caller's id of the record
   */
  public void add(DocumentAlert alert, int recordId) {
    add(alert.number(), alert.issuingState(), recordId);
  }

  /**
   * Removes a record.
   *
   * @param number the number it was added with
   * @param recordId its id
   * @return true if it was present
   */
  public boolean remove(String number, int recordId) {
    long key = DocumentNumberKey.hash64(DocumentNumberKey.canonical(number));
    lock.writeLock().lock();
    try {
      for (int slot = home(key, keys.length); keys[slot] != 0; slot = next(slot, keys.length)) {
        if (keys[slot] == key && ids[slot] == recordId) {
          ids[slot] = REMOVED;
          live--;
          return true;
        }
      }
      return false;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Finds the alerts on a number, tolerant of OCR confusions.
   *
   * @param number the number read from the document (MRZ or typed)
   * @param issuingState the issuing state, or null to match any state
   * @return the hits, exact numbers first; empty if none
   */
  public List<DocumentHit> lookup(String number, String issuingState) {
    String norm = DocumentNumberKey.normalise(number);
    if (norm.isEmpty()) {
      return List.of();
    }
    long key = DocumentNumberKey.hash64(DocumentNumberKey.canonical(norm));
    int exactHash = DocumentNumberKey.hash32(norm);
    short state = DocumentNumberKey.packState(issuingState);
    List<DocumentHit> hits = new ArrayList<>(2);
    lock.readLock().lock();
    try {
      for (int slot = home(key, keys.length); keys[slot] != 0; slot = next(slot, keys.length)) {
        if (keys[slot] == key && ids[slot] != REMOVED) {
          boolean stateOk = state != 0 && states[slot] == state;
          if (state == 0 || states[slot] == 0 || stateOk) {
            hits.add(new DocumentHit(ids[slot], exact[slot] == exactHash, stateOk));
          }
        }
      }
    } finally {
      lock.readLock().unlock();
    }
    hits.sort((a, b) -> Boolean.compare(b.exactNumber(), a.exactNumber()));
    return hits;
  }

  /**
   * Number of live records.
   *
   * @return the count
   */
  public int size() {
    return live;
  }

  private void put(int slot, long key, short state, int exactHash, int id) {
    keys[slot] = key;
    states[slot] = state;
    exact[slot] = exactHash;
    ids[slot] = id;
  }

  private void rehash(int capacity) {
    long[] k = keys;
    short[] s = states;
    int[] e = exact;
    int[] d = ids;
    allocate(capacity);
    used = 0;
    for (int i = 0; i < k.length; i++) {
      if (k[i] != 0 && d[i] != REMOVED) {
        int slot = home(k[i], keys.length);
        while (keys[slot] != 0) {
          slot = next(slot, keys.length);
        }
        put(slot, k[i], s[i], e[i], d[i]);
        used++;
      }
    }
  }

  private void allocate(int capacity) {
    keys = new long[capacity];
    states = new short[capacity];
    exact = new int[capacity];
    ids = new int[capacity];
  }

  private static int capacityFor(int records) {
    return (int) Math.min(Integer.MAX_VALUE - 8, records * 4L / 3 + 16);
  }

  /** Home slot by multiply-shift (any capacity, not only powers of two). */
  private static int home(long key, int capacity) {
    return (int) (((key >>> 32) * capacity) >>> 32);
  }

  private static int next(int slot, int capacity) {
    return slot + 1 == capacity ? 0 : slot + 1;
  }
}
