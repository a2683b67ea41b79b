package org.openbmis.screening;

/** Role of a name in an alert. */
public enum NameKind {
  /** The main name of the entry. */
  PRIMARY,
  /** A strong (good quality) alias or alternative spelling. */
  ALIAS,
  /** A weak or low-quality alias (nickname, kunya, partial name). */
  WEAK_ALIAS,
  /** The name in the list's original script (Arabic, Cyrillic...). */
  ORIGINAL_SCRIPT
}
