package org.openbmis.screening;

import java.util.Locale;

/**
 * One line of a name explanation.
 *
 * @param queryPart the query part (as written when it came from another script), or null for {@link
 *     MatchKind#ONLY_IN_LIST}
 * @param listPart the list part (as written when it came from another script), or null for {@link
 *     MatchKind#ONLY_IN_QUERY}
 * @param kind how they relate
 * @param similarity 0..1
 * @param detail how the spellings were related across scripts (e.g. {@code "Arabic skeleton
 *     S-D-M"}, {@code "Russian BGN/PCGN SHCHUKIN, same"}), or null
 */
public record NamePartMatch(
    String queryPart, String listPart, MatchKind kind, double similarity, String detail) {

  /**
   * A line without cross-script detail.
   *
   * @param queryPart the query part
   * @param listPart the list part
   * @param kind how they relate
   * @param similarity 0..1
   */
  public NamePartMatch(String queryPart, String listPart, MatchKind kind, double similarity) {
    this(queryPart, listPart, kind, similarity, null);
  }

  @Override
  public String toString() {
    if (kind == MatchKind.ONLY_IN_QUERY) {
      return queryPart + " " + kind.label();
    }
    if (kind == MatchKind.ONLY_IN_LIST) {
      return listPart + " " + kind.label();
    }
    if (detail != null) {
      return String.format(
          Locale.ROOT, "%s ~ %s: %s (%.2f)", queryPart, listPart, detail, similarity);
    }
    return String.format(
        Locale.ROOT, "%s ~ %s %s (%.2f)", queryPart, listPart, kind.label(), similarity);
  }
}
