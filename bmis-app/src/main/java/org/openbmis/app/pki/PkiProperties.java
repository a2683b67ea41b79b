package org.openbmis.app.pki;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Trust store settings (prefix {@code bmis.pki}).
 *
 * @param cscaWarning how long before a CSCA's expiry the admin page warns
 * @param crlWarning how long before a CRL's next update the admin page warns
 * @param maxFileBytes the largest chip file or trust-store upload accepted
 */
@ConfigurationProperties("bmis.pki")
public record PkiProperties(
    @DefaultValue("P180D") Duration cscaWarning,
    @DefaultValue("P7D") Duration crlWarning,
    @DefaultValue("4194304") int maxFileBytes) {}
