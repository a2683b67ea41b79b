/**
 * Travellers and their travel documents. The same document (number, issuing state, birth date) is
 * the same traveller; one traveller may hold several documents over time. Every read and search of
 * a traveller is audited.
 */
package org.openbmis.app.traveller;
