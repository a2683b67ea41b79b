package org.openbmis.biometrics;

/**
 * Block-wise image analysis, independent of the engine: which blocks have contrast (foreground) and
 * which of those show a ridge pattern (coherent orientation and a ridge period of 0.2-0.8 mm).
 */
final class RidgeAnalysis {
  /** Minimum grey-level standard deviation of a foreground block. */
  static final double MIN_CONTRAST = 10;

  /** Minimum orientation coherence of a ridge block. */
  static final double MIN_COHERENCE = 0.35;

  private RidgeAnalysis() {}

  /**
   * Result of the analysis.
   *
   * @param foregroundMm2 area of blocks with contrast, in mm²
   * @param ridgeMm2 area of blocks with a ridge pattern, in mm²
   * @param meanCoherence mean orientation coherence over the foreground blocks
   */
  record Result(double foregroundMm2, double ridgeMm2, double meanCoherence) {
    /** Share of the foreground that shows ridges, 0-1. */
    double clarity() {
      return foregroundMm2 <= 0 ? 0 : ridgeMm2 / foregroundMm2;
    }
  }

  static Result analyse(FingerprintImage image) {
    int b = Math.max(8, (int) Math.round(16 * image.dpi() / 500));
    double blockMm2 = Math.pow(b * 25.4 / image.dpi(), 2);
    int foreground = 0;
    int ridges = 0;
    double coherenceSum = 0;
    for (int by = 1; by + b + 1 < image.height(); by += b) {
      for (int bx = 1; bx + b + 1 < image.width(); bx += b) {
        double[] stats = block(image, bx, by, b);
        if (stats[0] < MIN_CONTRAST) {
          continue;
        }
        foreground++;
        coherenceSum += stats[1];
        if (stats[1] >= MIN_COHERENCE && isRidgePeriod(image, bx, by, b, stats)) {
          ridges++;
        }
      }
    }
    double meanCoherence = foreground == 0 ? 0 : coherenceSum / foreground;
    return new Result(foreground * blockMm2, ridges * blockMm2, meanCoherence);
  }

  /** Returns {std dev, coherence, mean, orientation of the gradient in radians}. */
  private static double[] block(FingerprintImage img, int x0, int y0, int b) {
    double sum = 0;
    double sumSq = 0;
    double gxx = 0;
    double gyy = 0;
    double gxy = 0;
    for (int y = y0; y < y0 + b; y++) {
      for (int x = x0; x < x0 + b; x++) {
        int v = img.grey(x, y);
        sum += v;
        sumSq += (double) v * v;
        int gx = img.grey(x + 1, y) - img.grey(x - 1, y);
        int gy = img.grey(x, y + 1) - img.grey(x, y - 1);
        gxx += gx * gx;
        gyy += gy * gy;
        gxy += gx * gy;
      }
    }
    int n = b * b;
    double mean = sum / n;
    double std = Math.sqrt(Math.max(0, sumSq / n - mean * mean));
    double energy = gxx + gyy;
    double coherence =
        energy <= 0 ? 0 : Math.sqrt((gxx - gyy) * (gxx - gyy) + 4 * gxy * gxy) / energy;
    double angle = 0.5 * Math.atan2(2 * gxy, gxx - gyy);
    return new double[] {std, coherence, mean, angle};
  }

  /** Counts mean crossings along the gradient over two block lengths: ridges cross often. */
  private static boolean isRidgePeriod(FingerprintImage img, int x0, int y0, int b, double[] s) {
    double cx = x0 + b / 2.0;
    double cy = y0 + b / 2.0;
    double dx = Math.cos(s[3]);
    double dy = Math.sin(s[3]);
    int crossings = 0;
    int samples = 0;
    int previous = 0;
    for (int t = -b; t <= b; t++) {
      int x = (int) Math.round(cx + t * dx);
      int y = (int) Math.round(cy + t * dy);
      if (x < 0 || y < 0 || x >= img.width() || y >= img.height()) {
        continue;
      }
      int sign = img.grey(x, y) >= s[2] ? 1 : -1;
      if (previous != 0 && sign != previous) {
        crossings++;
      }
      previous = sign;
      samples++;
    }
    if (samples < b) {
      return false;
    }
    // two crossings per ridge period; accept periods of 0.2-0.8 mm
    double periodMm = 2.0 * samples / Math.max(1, crossings) * 25.4 / img.dpi();
    return periodMm >= 0.2 && periodMm <= 0.8;
  }
}
