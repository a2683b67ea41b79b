package org.openbmis.screening;

/**
 * One line of a name explanation.
 *
 * @param queryPart the normalised query part, or null for {@link MatchKind#ONLY_IN_LIST}
 * @param listPart the normalised list part, or null for {@link MatchKind#ONLY_IN_QUERY}
 * @param kind how they relate
 * @param similarity 0..1
 */
public record NamePartMatch(String queryPart, String listPart, MatchKind kind, double similarity) {
  @Override
  public String toString() {
    if (kind == MatchKind.ONLY_IN_QUERY) {
      return queryPart + " " + kind.label();
    }
    if (kind == MatchKind.ONLY_IN_LIST) {
      return listPart + " " + kind.label();
    }
    return String.format(
        java.util.Locale.ROOT, "%s ~ %s %s (%.2f)", queryPart, listPart, kind.label(), similarity);
  }
}
