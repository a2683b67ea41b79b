package org.openbmis.screening;

/**
 * One indexed spelling of an alert name: which name of the alert, its tokens, and which of the
 * name's {@link NameNormalizer#spellings} it is (recomputed only to explain a hit).
 */
record IndexedName(int nameIndex, TokenInfo[] tokens, int spelling) {}
