package org.openbmis.biometrics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An in-memory 1:N gallery: subject id to templates by finger position, kept deserialised. A search
 * builds one matcher per probe finger and scores it against every enrolled print of the same finger
 * (unknown positions against all), split over the worker threads. Adding and removing are
 * incremental and may run during searches. Thread-safe; close it to stop the workers.
 *
 * <pre>{@code
 * try (var gallery = new FingerprintGallery(engine, 2)) {
 *   gallery.add("alert-42", FingerPosition.RIGHT_INDEX, template);
 *   List<Candidate> hits = gallery.identify(Map.of(FingerPosition.RIGHT_INDEX, probe), 40, 10);
 * }
 * }</pre>
 */
public final class FingerprintGallery implements AutoCloseable {
  private final FingerprintEngine engine;
  private final ParallelScorer scorer;
  private final Map<String, Map<FingerPosition, GalleryEntry>> subjects = new HashMap<>();
  private int size;
  private GalleryEntry[] snapshot = new GalleryEntry[0];
  private boolean dirty;

  /**
   * Creates an empty gallery.
   *
   * @param engine the engine whose templates it holds
   * @param parallelism worker threads for searches, 1 or more (2 on the reference machine)
   * @throws NullPointerException if engine is null
   * @throws IllegalArgumentException if parallelism is below 1
   */
  public FingerprintGallery(FingerprintEngine engine, int parallelism) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.scorer = new ParallelScorer(parallelism);
  }

  /**
   * Enrols one print, replacing the subject's earlier print at the same position.
   *
   * @param subjectId the subject
   * @param position the finger position
   * @param template a template of this gallery's engine
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the template comes from another engine
   */
  public void add(String subjectId, FingerPosition position, Template template) {
    GalleryEntry entry = new GalleryEntry(subjectId, position, template);
    if (!engine.engineName().equals(template.engineName())) {
      throw new IllegalArgumentException("template of engine " + template.engineName());
    }
    synchronized (this) {
      var prints = subjects.computeIfAbsent(subjectId, k -> new EnumMap<>(FingerPosition.class));
      if (prints.put(position, entry) == null) {
        size++;
      }
      dirty = true;
    }
  }

  /**
   * Enrols several prints of one subject.
   *
   * @param subjectId the subject
   * @param templates templates by position
   * @throws NullPointerException if an argument, key or value is null
   * @throws IllegalArgumentException if a template comes from another engine
   */
  public void addAll(String subjectId, Map<FingerPosition, Template> templates) {
    templates.forEach((position, template) -> add(subjectId, position, template));
  }

  /**
   * Removes every print of a subject.
   *
   * @param subjectId the subject
   * @return whether the subject had prints
   * @throws NullPointerException if subjectId is null
   */
  public boolean remove(String subjectId) {
    Objects.requireNonNull(subjectId, "subjectId");
    synchronized (this) {
      var prints = subjects.remove(subjectId);
      if (prints == null) {
        return false;
      }
      size -= prints.size();
      dirty = true;
      return true;
    }
  }

  /**
   * Counts the enrolled prints.
   *
   * @return the number of templates
   */
  public synchronized int size() {
    return size;
  }

  /**
   * Counts the enrolled subjects.
   *
   * @return the number of subjects with at least one print
   */
  public synchronized int subjectCount() {
    return subjects.size();
  }

  private synchronized GalleryEntry[] snapshot() {
    if (dirty) {
      List<GalleryEntry> all = new ArrayList<>(size);
      subjects.values().forEach(prints -> all.addAll(prints.values()));
      snapshot = all.toArray(new GalleryEntry[0]);
      dirty = false;
    }
    return snapshot;
  }

  /**
   * Searches the gallery.
   *
   * @param probe captured templates by position
   * @param threshold minimum best-finger score of a candidate
   * @param maxCandidates how many candidates to return at most, 1 or more
   * @return candidates at or above the threshold, highest score first
   * @throws NullPointerException if probe or one of its keys or values is null
   * @throws IllegalArgumentException if maxCandidates is below 1 or a template comes from another
   *     engine
   */
  public List<Candidate> identify(
      Map<FingerPosition, Template> probe, double threshold, int maxCandidates) {
    if (maxCandidates < 1) {
      throw new IllegalArgumentException("maxCandidates must be 1 or more");
    }
    GalleryEntry[] current = snapshot();
    List<ProbeScores> all = new ArrayList<>();
    for (Map.Entry<FingerPosition, Template> p : probe.entrySet()) {
      ProbeMatcher matcher = engine.matcher(p.getValue());
      all.add(new ProbeScores(p.getKey(), scorer.score(matcher, p.getKey(), current)));
    }
    return CandidateRanking.rank(current, all, threshold, maxCandidates);
  }

  /** Stops the worker threads; searches fail afterwards. */
  @Override
  public void close() {
    scorer.close();
  }
}
