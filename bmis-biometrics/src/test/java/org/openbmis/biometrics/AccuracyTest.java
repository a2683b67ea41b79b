package org.openbmis.biometrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Genuine and impostor score distributions over every real print in the shared data. Labels give
 * the finger each image shows (see the fingerprint READMEs); pairs with the same label are genuine,
 * others impostor. Slaps (need segmentation), latents and byte-identical copies are left out.
 * Finding: SourceAFIS's {@code gray-probe.dat} and {@code gray-matching.dat} (ink prints cut from a
 * card) score 98 and 82 against the card's right middle finger {@code fp-3}: they are the same
 * finger of NIST card a025, so they are labelled so. The two-thumb image (FGP 15) shows both
 * thumbs, so it is only used as a genuine partner of the plain thumbs.
 */
class AccuracyTest {
  private static final double THRESHOLD = 40;

  @Test
  void genuineScoresAreAboveAndImpostorScoresBelowTheThreshold() {
    Map<String, Template> prints = new LinkedHashMap<>();
    Map<String, String> label = new LinkedHashMap<>();
    add(prints, label, "afis:probe", "afis-A", Fixtures.afis("probe.png"));
    add(prints, label, "afis:matching", "afis-A", Fixtures.afis("matching.png"));
    add(prints, label, "afis:nonmatching", "afis-B", Fixtures.afis("nonmatching.png"));
    add(prints, label, "gray:probe", "card-3", Fixtures.afis("gray-probe.dat"));
    add(prints, label, "gray:matching", "card-3", Fixtures.afis("gray-matching.dat"));
    add(prints, label, "gray:nonmatching", "gray-B", Fixtures.afis("gray-nonmatching.dat"));
    add(prints, label, "sd14:f0000001", "sd14", Fixtures.afis("wsq-original.wsq"));
    for (int n = 1; n <= 12; n++) {
      String finger = "card-" + (n == 11 ? 1 : n == 12 ? 6 : n);
      add(prints, label, "fp-" + n, finger, Fixtures.cardTemplate(n));
    }
    add(
        prints,
        label,
        "type-3",
        "card-2",
        Fixtures.ansiTemplate("type-3.an2", FingerPosition.RIGHT_INDEX));
    List<double[]> genuine = new ArrayList<>();
    List<double[]> impostor = new ArrayList<>();
    List<String> keys = new ArrayList<>(prints.keySet());
    for (int i = 0; i < keys.size(); i++) {
      ProbeMatcher m = Fixtures.ENGINE.matcher(prints.get(keys.get(i)));
      for (int j = i + 1; j < keys.size(); j++) {
        double s = m.score(prints.get(keys.get(j)));
        boolean same = label.get(keys.get(i)).equals(label.get(keys.get(j)));
        (same ? genuine : impostor).add(new double[] {s, i, j});
        if (same || s >= 20) {
          System.out.printf(
              "%s %-18s %-18s %6.1f%n", same ? "genuine" : "impostor", keys.get(i), keys.get(j), s);
        }
      }
    }
    Template twoThumbs =
        Fixtures.ansiTemplate("type-14-amp-nqm-utf8.an2", FingerPosition.PLAIN_BOTH_THUMBS);
    for (String thumb : List.of("fp-11", "fp-12")) {
      double s = Fixtures.ENGINE.matcher(prints.get(thumb)).score(twoThumbs);
      genuine.add(new double[] {s});
      System.out.printf("genuine %-18s %-18s %6.1f%n", thumb, "amp:both-thumbs", s);
    }
    double[] g = summary("genuine", genuine);
    double[] im = summary("impostor", impostor);
    assertThat(genuine).hasSizeGreaterThanOrEqualTo(6);
    assertThat(impostor).hasSizeGreaterThan(150);
    assertThat(g[0]).isGreaterThan(THRESHOLD);
    assertThat(im[2]).isLessThan(THRESHOLD);
  }

  private static void add(
      Map<String, Template> prints,
      Map<String, String> label,
      String key,
      String finger,
      Template t) {
    prints.put(key, t);
    label.put(key, finger);
  }

  /** Prints and returns {min, median, max}. */
  private static double[] summary(String name, List<double[]> pairs) {
    double[] s = pairs.stream().mapToDouble(p -> p[0]).sorted().toArray();
    int[] histogram = new int[6];
    for (double v : s) {
      histogram[v < 10 ? 0 : v < 20 ? 1 : v < 40 ? 2 : v < 80 ? 3 : v < 160 ? 4 : 5]++;
    }
    System.out.printf(
        "%s: n=%d min=%.1f median=%.1f max=%.1f  [0-10):%d [10-20):%d [20-40):%d [40-80):%d"
            + " [80-160):%d [160+):%d%n",
        name,
        s.length,
        s[0],
        s[s.length / 2],
        s[s.length - 1],
        histogram[0],
        histogram[1],
        histogram[2],
        histogram[3],
        histogram[4],
        histogram[5]);
    return new double[] {s[0], s[s.length / 2], s[s.length - 1]};
  }
}
