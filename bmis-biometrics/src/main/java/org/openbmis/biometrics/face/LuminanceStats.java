package org.openbmis.biometrics.face;

import java.awt.image.BufferedImage;
import java.util.List;

/** Mean, standard deviation and mean gradient of the luminance, on a grid of at most 512². */
final class LuminanceStats {
  static final double MIN_CONTRAST = 12;
  static final double MIN_MEAN = 40;
  static final double MAX_MEAN = 225;
  static final double MIN_SHARPNESS = 2.0;

  private LuminanceStats() {}

  static double[] of(BufferedImage image) {
    int step = Math.max(1, Math.max(image.getWidth(), image.getHeight()) / 512);
    int cols = image.getWidth() / step;
    int rows = image.getHeight() / step;
    int[][] y = new int[rows][cols];
    double sum = 0;
    double sumSq = 0;
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        int rgb = image.getRGB(c * step, r * step);
        int v =
            (299 * ((rgb >> 16) & 0xff) + 587 * ((rgb >> 8) & 0xff) + 114 * (rgb & 0xff)) / 1000;
        y[r][c] = v;
        sum += v;
        sumSq += (double) v * v;
      }
    }
    double n = Math.max(1, (double) rows * cols);
    double mean = sum / n;
    double std = Math.sqrt(Math.max(0, sumSq / n - mean * mean));
    double grad = 0;
    for (int r = 0; r + 1 < rows; r++) {
      for (int c = 0; c + 1 < cols; c++) {
        grad += Math.abs(y[r][c + 1] - y[r][c]) + Math.abs(y[r + 1][c] - y[r][c]);
      }
    }
    double sharpness = grad / Math.max(1, 2.0 * (rows - 1) * (cols - 1));
    return new double[] {mean, std, sharpness};
  }

  static void judge(double[] stats, List<PortraitProblem> problems) {
    if (stats[1] < MIN_CONTRAST) {
      problems.add(PortraitProblem.UNIFORM);
      return;
    }
    if (stats[0] < MIN_MEAN) {
      problems.add(PortraitProblem.TOO_DARK);
    } else if (stats[0] > MAX_MEAN) {
      problems.add(PortraitProblem.TOO_BRIGHT);
    }
    if (stats[2] < MIN_SHARPNESS) {
      problems.add(PortraitProblem.BLURRED);
    }
  }
}
