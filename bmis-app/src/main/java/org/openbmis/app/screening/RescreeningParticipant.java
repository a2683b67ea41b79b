package org.openbmis.app.screening;

/**
 * Something else to re-screen when a list changes, after the travellers in the country: another
 * module's persons not yet at the border (the manifests of flights not yet landed). Called on the
 * re-screening thread, outside any transaction, with the index already holding the new version.
 */
public interface RescreeningParticipant {

  /** Re-screens against the list with this code; the number of new hits. */
  int rescreen(String listCode);
}
