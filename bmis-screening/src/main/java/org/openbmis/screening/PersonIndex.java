package org.openbmis.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

/**
 * Screens travellers against person alerts. Names are normalised and keyed once, when an alert is
 * added; a query retrieves at most {@link #CANDIDATES} candidates from the inverted index and
 * scores only those (names, then birth date, nationality, sex and document as evidence), so its
 * cost does not grow with the list. Alerts can be added, replaced and removed at any time.
 *
 * <p>Thread-safe: queries run concurrently; updates take a write lock.
 *
 * <pre>{@code
 * PersonIndex index = PersonIndex.of(alerts.stream());
 * List<PersonHit> hits = index.search(ScreeningQuery.of("AL-ZAWAHIRI", "AYMAN", "1951-06",
 *     "EGY", "M", null, null));
 * hits.forEach(h -> log(h.score() + " " + h.explanation().text()));
 * }</pre>
 */
public final class PersonIndex {
  /** The default threshold: a hit at or above it is shown to the officer. */
  public static final double DEFAULT_THRESHOLD = 0.8;

  /** Candidates scored per query. */
  public static final int CANDIDATES = 50;

  private static final int BATCH = 8192;

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final TokenDictionary dictionary = new TokenDictionary(GivenNameEquivalents.standard());
  private final Postings postings = new Postings();
  private final Map<String, Integer> slotById = new HashMap<>();
  private final ThreadLocal<CandidateSearch> searches = new ThreadLocal<>();
  private int[][] tokenKeys = new int[1024][];
  private PersonAlert[] alerts = new PersonAlert[1024];
  private IndexedName[][] names = new IndexedName[1024][];
  private boolean[] removed = new boolean[1024];
  private int slots;
  private int live;

  /**
   * An index built from a stream of alerts (e.g. read from the database at start).
   *
   * @param alerts the alerts
   * @return the index
   */
  public static PersonIndex of(Stream<PersonAlert> alerts) {
    PersonIndex index = new PersonIndex();
    List<PersonAlert> batch = new ArrayList<>(BATCH);
    alerts.forEachOrdered(
        a -> {
          batch.add(a);
          if (batch.size() == BATCH) {
            index.addBatch(batch);
            batch.clear();
          }
        });
    index.addBatch(batch);
    index.postings.trim();
    return index;
  }

  /**
   * Adds an alert, replacing the alert with the same list code and source id.
   *
   * @param alert the alert
   */
  public void add(PersonAlert alert) {
    List<List<List<String>>> tokens = tokensOf(alert);
    lock.writeLock().lock();
    try {
      addLocked(alert, tokens);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Normalises a batch on all cores (the costly, lock-free part), then indexes it in order. */
  private void addBatch(List<PersonAlert> batch) {
    List<List<List<List<String>>>> tokens =
        batch.parallelStream().map(PersonIndex::tokensOf).toList();
    lock.writeLock().lock();
    try {
      for (int i = 0; i < batch.size(); i++) {
        addLocked(batch.get(i), tokens.get(i));
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Per name of the alert, its spellings as normalised tokens. */
  private static List<List<List<String>>> tokensOf(PersonAlert alert) {
    List<List<List<String>>> out = new ArrayList<>(alert.names().size());
    for (AlertName name : alert.names()) {
      out.add(NameNormalizer.variants(name.value()));
    }
    return out;
  }

  private void addLocked(PersonAlert alert, List<List<List<String>>> tokens) {
    removeLocked(alert.listCode(), alert.sourceId());
    int slot = nextSlot();
    List<IndexedName> indexed = new ArrayList<>();
    for (int n = 0; n < tokens.size(); n++) {
      List<List<String>> spellings = tokens.get(n);
      for (int v = 0; v < spellings.size(); v++) {
        List<String> spelling = spellings.get(v);
        TokenInfo[] infos = new TokenInfo[spelling.size()];
        for (int j = 0; j < infos.length; j++) {
          int id = dictionary.idOf(spelling.get(j));
          infos[j] = dictionary.info(id);
          for (int key : keysOf(id)) {
            postings.add(key, slot);
          }
          if (j > 0 && !infos[j - 1].isInitial()) {
            postings.add(postings.intern(IndexKeys.ofPair(infos[j - 1], infos[j])), slot);
            IndexKeys.ofArabicPair(
                infos[j - 1], infos[j], (k, f) -> postings.add(postings.intern(k), slot));
          }
        }
        indexed.add(new IndexedName(n, infos, v));
      }
    }
    for (DateOfBirth d : alert.datesOfBirth()) {
      IndexKeys.ofBirthDate(d, key -> postings.add(key, slot));
    }
    for (IdentityDocument d : alert.documents()) {
      String key = IndexKeys.ofDocument(d.number());
      if (key != null) {
        postings.add(key, slot);
      }
    }
    alerts[slot] = alert;
    names[slot] = indexed.toArray(new IndexedName[0]);
    slotById.put(id(alert.listCode(), alert.sourceId()), slot);
    live++;
  }

  /** The posting keys of a token alone, interned once per distinct token. */
  private int[] keysOf(int tokenId) {
    if (tokenId >= tokenKeys.length) {
      tokenKeys = Arrays.copyOf(tokenKeys, Math.max(tokenId + 1, tokenKeys.length * 2));
    }
    int[] keys = tokenKeys[tokenId];
    if (keys == null) {
      List<String> k = new ArrayList<>(5);
      IndexKeys.ofToken(dictionary.info(tokenId), (key, factor) -> k.add(key));
      keys = new int[k.size()];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = postings.intern(k.get(i));
      }
      tokenKeys[tokenId] = keys;
    }
    return keys;
  }

  /**
   * Removes an alert (it stops matching at once).
   *
   * @param listCode the list code
   * @param sourceId the source id
   * @return true if it was present
   */
  public boolean remove(String listCode, String sourceId) {
    lock.writeLock().lock();
    try {
      return removeLocked(listCode, sourceId);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Hits at or above {@link #DEFAULT_THRESHOLD}, best first.
   *
   * @param query the query
   * @return the hits
   */
  public List<PersonHit> search(ScreeningQuery query) {
    return search(query, DEFAULT_THRESHOLD);
  }

  /**
   * Hits at or above a threshold, best first. Apply per-list thresholds by searching with the
   * lowest and filtering on {@code hit.alert().listCode()}.
   *
   * @param query the query
   * @param threshold 0..1
   * @return the hits
   */
  public List<PersonHit> search(ScreeningQuery query, double threshold) {
    lock.readLock().lock();
    try {
      QueryPlan plan = QueryPlan.of(query, dictionary);
      int[] keyIds = new int[plan.keys().size()];
      float[] weights = new float[keyIds.length];
      boolean[] phonetic = new boolean[keyIds.length];
      for (int i = 0; i < keyIds.length; i++) {
        keyIds[i] = postings.keyId(plan.keys().get(i));
        int df = postings.size(keyIds[i]);
        weights[i] = df == 0 ? 0 : plan.factors()[i] * (float) Math.log(1.0 + (double) live / df);
        phonetic[i] = plan.factors()[i] == IndexKeys.PHONETIC;
      }
      int[] candidates =
          search().topK(postings, keyIds, weights, plan.groups(), phonetic, CANDIDATES, removed);
      List<PersonHit> hits = new ArrayList<>();
      for (int slot : candidates) {
        PersonHit hit = Scoring.score(plan, query, alerts[slot], names[slot], threshold);
        if (hit != null && hit.score() >= threshold) {
          hits.add(hit);
        }
      }
      hits.sort((a, b) -> Double.compare(b.score(), a.score()));
      return hits;
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Calls {@code action} for every alert in the index (under the read lock: do not change the index
   * from it).
   *
   * @param action called once per alert
   */
  public void forEach(java.util.function.Consumer<PersonAlert> action) {
    lock.readLock().lock();
    try {
      for (int i = 0; i < slots; i++) {
        if (!removed[i] && alerts[i] != null) {
          action.accept(alerts[i]);
        }
      }
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Number of alerts in the index.
   *
   * @return the count
   */
  public int size() {
    return live;
  }

  private CandidateSearch search() {
    CandidateSearch s = searches.get();
    if (s == null || s.capacity() < slots) {
      s = new CandidateSearch(alerts.length);
      searches.set(s);
    }
    return s;
  }

  private boolean removeLocked(String listCode, String sourceId) {
    Integer slot = slotById.remove(id(listCode, sourceId));
    if (slot == null) {
      return false;
    }
    removed[slot] = true;
    alerts[slot] = null;
    names[slot] = null;
    live--;
    return true;
  }

  private int nextSlot() {
    if (slots == alerts.length) {
      int cap = slots * 2;
      alerts = Arrays.copyOf(alerts, cap);
      names = Arrays.copyOf(names, cap);
      removed = Arrays.copyOf(removed, cap);
    }
    return slots++;
  }

  private static String id(String listCode, String sourceId) {
    return listCode + '\u0000' + sourceId;
  }
}
