package org.openbmis.screening;

/** One indexed spelling of an alert name: which name of the alert, and its tokens. */
record IndexedName(int nameIndex, TokenInfo[] tokens) {}
