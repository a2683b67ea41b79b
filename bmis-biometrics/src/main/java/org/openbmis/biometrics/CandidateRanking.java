package org.openbmis.biometrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Groups per-print scores by subject, keeps subjects whose best score reaches the threshold. */
final class CandidateRanking {
  private CandidateRanking() {}

  static List<Candidate> rank(
      GalleryEntry[] entries, List<ProbeScores> probes, double threshold, int max) {
    Map<String, List<FingerComparison>> hits = new HashMap<>();
    for (ProbeScores p : probes) {
      double[] s = p.scores();
      for (int i = 0; i < s.length; i++) {
        if (s[i] >= threshold) {
          hits.putIfAbsent(entries[i].subjectId(), new ArrayList<>());
        }
      }
    }
    if (hits.isEmpty()) {
      return List.of();
    }
    for (ProbeScores p : probes) {
      double[] s = p.scores();
      for (int i = 0; i < s.length; i++) {
        List<FingerComparison> list = Double.isNaN(s[i]) ? null : hits.get(entries[i].subjectId());
        if (list != null) {
          list.add(new FingerComparison(p.position(), entries[i].position(), s[i]));
        }
      }
    }
    List<Candidate> out = new ArrayList<>(hits.size());
    Comparator<FingerComparison> best =
        Comparator.comparingDouble(FingerComparison::score).reversed();
    hits.forEach(
        (id, list) -> {
          list.sort(best);
          out.add(new Candidate(id, list.get(0).score(), list));
        });
    out.sort(
        Comparator.comparingDouble(Candidate::score)
            .reversed()
            .thenComparing(Candidate::subjectId));
    return out.size() > max ? List.copyOf(out.subList(0, max)) : out;
  }
}
