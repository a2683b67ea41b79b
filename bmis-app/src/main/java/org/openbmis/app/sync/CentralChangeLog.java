package org.openbmis.app.sync;

import java.time.Clock;
import org.openbmis.app.admin.PostSettingsChanged;
import org.openbmis.app.biometrics.BiometricAlertChanged;
import org.openbmis.app.pki.TrustStoreChanged;
import org.openbmis.app.visa.VisaRecordIssued;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Versions the datasets of ADR 0024 at headquarters, in the transaction of each change (the row
 * lock on {@code syn_dataset} makes versions commit in order).
 */
@Component
@ConditionalOnProperty(name = "bmis.node.role", havingValue = "central")
class CentralChangeLog {

  private final DatasetVersions versions;
  private final Clock clock;

  CentralChangeLog(DatasetVersions versions, Clock clock) {
    this.versions = versions;
    this.clock = clock;
  }

  @EventListener
  void on(VisaRecordIssued event) {
    long v = versions.bump(VisaDataset.NAME, clock.instant());
    versions.changed(VisaDataset.NAME, event.recordId(), v);
  }

  @EventListener
  void on(BiometricAlertChanged event) {
    long v = versions.bump(BiometricAlertDataset.NAME, clock.instant());
    event.printIds().forEach(id -> versions.changed(BiometricAlertDataset.NAME, id, v));
  }

  @EventListener
  void on(PostSettingsChanged event) {
    versions.bump(PostSettingsDataset.NAME, clock.instant());
  }

  @EventListener
  void on(TrustStoreChanged event) {
    versions.bump(TrustStoreDataset.NAME, clock.instant());
  }
}
