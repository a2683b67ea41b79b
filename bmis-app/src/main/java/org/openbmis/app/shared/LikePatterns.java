package org.openbmis.app.shared;

/**
 * Typed text in a SQL {@code LIKE}: the wildcards {@code %} and {@code _} and the escape character
 * itself are escaped, so {@code q=%%} looks for two percent signs instead of matching everything.
 * Use with {@link #ESCAPE} after the pattern ({@code column like ? escape '\'}), which H2 and
 * PostgreSQL read alike.
 */
public final class LikePatterns {

  /** The clause to write after each {@code like ?}. */
  public static final String ESCAPE = " escape '\\'";

  private LikePatterns() {}

  /** The text as a literal, for {@code like ?} with {@link #ESCAPE}. */
  public static String literal(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** The pattern for values that start with the text. */
  public static String startsWith(String text) {
    return literal(text) + "%";
  }
}
