package org.openbmis.mrz;

import java.util.ArrayList;
import java.util.List;

/**
 * Proposes fixes for OCR confusions O/0, I/1, S/5, B/8, Z/2, G/6, by field type:
 *
 * <ol>
 *   <li>letters-only fields (document code, state codes, names) get letters for digits;
 *   <li>digits-only fields (dates, check digits) get digits for letters; a date is proposed only if
 *       it becomes a real date whose check digit is valid;
 *   <li>if a check digit still fails, alphanumeric fields it covers (document number, optional
 *       data) are searched for the fewest swaps (up to 3) that make every check digit valid; a
 *       solution is proposed only if it is the only one with that few swaps. G/6 is not searched: G
 *       (16) and 6 weigh the same modulo 10, so no check digit can confirm it.
 * </ol>
 *
 * The result is a list of proposals; the parsed fields are never changed.
 */
final class OcrCorrector {
  private static final String LETTERS = "OISBZG";
  private static final String DIGITS = "015826";
  private static final int MAX_SWAPS = 3;
  private static final int MAX_POSITIONS = 24;

  private OcrCorrector() {}

  /**
   * The proposals and the MRZ lines with all of them applied (the lines as read when nothing is
   * proposed).
   */
  record Proposal(List<MrzCorrection> corrections, String[] lines) {}

  static Proposal propose(Layout layout, String[] lines, RawMrz raw, boolean codedNames) {
    char[][] w = new char[lines.length][];
    for (int i = 0; i < lines.length; i++) {
      w[i] = lines[i].toCharArray();
    }
    boolean changed = false;
    for (FieldSpec f : layout.fields()) {
      switch (f.kind()) {
        case CODE -> changed |= map(w, f, f.start(), f.end(), DIGITS, LETTERS);
        case NAME -> changed |= !codedNames && map(w, f, f.start(), f.end(), DIGITS, LETTERS);
        case DIGITS -> changed |= map(w, f, f.start(), f.end(), LETTERS, DIGITS);
        case DATE -> changed |= map(w, f, f.start(), f.end() + 1, LETTERS, DIGITS);
        case ALNUM -> {}
      }
    }
    if (!changed && raw.allChecksValid()) {
      return new Proposal(List.of(), lines);
    }
    RawMrz fixed = layout.read(text(w));
    for (FieldSpec f : layout.fields()) {
      if (f.kind() == FieldSpec.Kind.DATE && !dateConfirmed(f, w, fixed)) {
        for (int c = f.start(); c <= f.end(); c++) {
          w[f.line()][c] = lines[f.line()].charAt(c);
        }
      }
    }
    fixed = layout.read(text(w));
    if (!fixed.allChecksValid()) {
      fixed = search(layout, w, fixed);
    }
    List<MrzCorrection> corrections = Corrections.diff(raw, fixed);
    return new Proposal(corrections, corrections.isEmpty() ? lines : text(w));
  }

  private static boolean map(char[][] w, FieldSpec f, int from, int to, String src, String dst) {
    boolean changed = false;
    for (int c = from; c < to; c++) {
      int k = src.indexOf(w[f.line()][c]);
      if (k >= 0) {
        w[f.line()][c] = dst.charAt(k);
        changed = true;
      }
    }
    return changed;
  }

  private static boolean dateConfirmed(FieldSpec f, char[][] w, RawMrz fixed) {
    String date = new String(w[f.line()], f.start(), 6);
    CheckedField cf =
        f.name().equals("dateOfBirth") ? CheckedField.DATE_OF_BIRTH : CheckedField.DATE_OF_EXPIRY;
    CheckDigitResult check = fixed.checks().get(cf);
    return DateInference.isReal(date) && check != null && check.valid();
  }

  private static RawMrz search(Layout layout, char[][] w, RawMrz current) {
    List<int[]> positions = new ArrayList<>();
    for (FieldSpec f : layout.fields()) {
      if (f.kind() != FieldSpec.Kind.ALNUM) {
        continue;
      }
      for (int c = f.start(); c < f.end() && positions.size() < MAX_POSITIONS; c++) {
        if (swap(w[f.line()][c]) != 0) {
          positions.add(new int[] {f.line(), c});
        }
      }
    }
    for (int k = 1; k <= Math.min(MAX_SWAPS, positions.size()); k++) {
      List<int[]> solutions = new ArrayList<>();
      combine(layout, w, positions, new int[k], 0, 0, solutions);
      if (solutions.size() == 1) {
        apply(w, positions, solutions.get(0));
        return layout.read(text(w));
      }
      if (solutions.size() > 1) {
        return current;
      }
    }
    return current;
  }

  private static void combine(
      Layout layout,
      char[][] w,
      List<int[]> pos,
      int[] pick,
      int depth,
      int from,
      List<int[]> out) {
    if (out.size() > 1) {
      return;
    }
    if (depth == pick.length) {
      apply(w, pos, pick);
      if (layout.read(text(w)).allChecksValid()) {
        out.add(pick.clone());
      }
      apply(w, pos, pick);
      return;
    }
    for (int i = from; i < pos.size(); i++) {
      pick[depth] = i;
      combine(layout, w, pos, pick, depth + 1, i + 1, out);
    }
  }

  /** Swaps the characters at the picked positions (applying twice restores them). */
  private static void apply(char[][] w, List<int[]> pos, int[] pick) {
    for (int i : pick) {
      int[] p = pos.get(i);
      w[p[0]][p[1]] = swap(w[p[0]][p[1]]);
    }
  }

  private static char swap(char c) {
    int k = "OISBZ".indexOf(c);
    if (k >= 0) {
      return "01582".charAt(k);
    }
    k = "01582".indexOf(c);
    return k >= 0 ? "OISBZ".charAt(k) : 0;
  }

  private static String[] text(char[][] w) {
    String[] s = new String[w.length];
    for (int i = 0; i < w.length; i++) {
      s[i] = new String(w[i]);
    }
    return s;
  }
}
