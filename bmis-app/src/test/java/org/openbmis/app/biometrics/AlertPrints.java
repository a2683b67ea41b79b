package org.openbmis.app.biometrics;

import org.openbmis.app.ApiClient;
import org.openbmis.app.TestAccounts;

/**
 * For tests of other packages (the border network): an alert print added over HTTP and a desk
 * check, with the real NIST card of the shared test data (skipped with a message where missing).
 * The left thumb of {@code fp-6} and the plain left thumb of {@code fp-12} are the same finger.
 */
public final class AlertPrints {

  private AlertPrints() {}

  /** Adds the rolled left thumb of the card to the alert, as a supervisor. */
  public static ApiClient.Response addLeftThumb(int port, String list, String reference) {
    return new Multipart()
        .finger("LEFT_THUMB", BiometricFiles.nist(6))
        .post(
            port,
            TestAccounts.SUPERVISOR,
            "/api/v1/biometrics/alerts/" + list + "/" + reference + "/fingerprints");
  }

  /** The desk check of a traveller presenting the plain impression of the same left thumb. */
  public static ApiClient.Response deskCheckLeftThumb(int port, String travellerId) {
    return new Multipart()
        .finger(12, BiometricFiles.nistPng(12))
        .field("travellerId", travellerId)
        .post(port, TestAccounts.OFFICER, "/api/v1/biometrics/desk-check");
  }
}
