/**
 * Travel documents as presented at the desk: reading a machine-readable zone (through {@code
 * bmis-mrz}) or manually keyed fields into a {@link org.openbmis.app.document.DocumentReading}, and
 * the document warnings an officer must see (expired, expiring soon, bad check digits, unknown
 * issuing state). Holds no records of its own.
 */
package org.openbmis.app.document;
