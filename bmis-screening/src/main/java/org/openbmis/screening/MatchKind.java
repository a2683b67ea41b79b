package org.openbmis.screening;

/** How a name part of the query relates to a name part of the list entry. */
public enum MatchKind {
  /** Same spelling after transliteration. */
  EXACT("same"),
  /** Equivalent given names across languages or scripts (Yusuf / Joseph). */
  EQUIVALENT("equivalent name"),
  /** Same skeleton in another transliteration scheme (SHCHUKIN / SCHUKIN). */
  TRANSLITERATION("other transliteration"),
  /** Same Double Metaphone key. */
  PHONETIC("sounds alike"),
  /** Close spelling (Jaro-Winkler), a likely typo. */
  TYPO("similar spelling"),
  /** An initial agreeing with the name. */
  INITIAL("initial"),
  /** Written as one word on one side and two on the other (ABDULRAHMAN / ABDUL RAHMAN). */
  COMPOUND("joined parts"),
  /**
   * A part in Arabic script and a Latin part with the same consonant skeleton and compatible vowels
   * (صدام / SADDAM).
   */
  ARABIC_SKELETON("Arabic skeleton"),
  /** A part of the query that the list name lacks. */
  ONLY_IN_QUERY("not in list name"),
  /** A part of the list name that the query lacks (missing middle name). */
  ONLY_IN_LIST("not in query");

  private final String label;

  MatchKind(String label) {
    this.label = label;
  }

  /**
   * A short English label.
   *
   * @return e.g. {@code "sounds alike"}
   */
  public String label() {
    return label;
  }
}
