package org.openbmis.app.screening;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Screening settings ({@code bmis.screening}): whether travellers in the country are re-screened
 * when a list changes, how many document alerts to size the index for at start, and how many
 * travellers a re-screening reads at most.
 */
@ConfigurationProperties(prefix = "bmis.screening")
public record ScreeningProperties(
    Boolean rescreenOnChange, Integer expectedDocuments, Integer rescreenLimit) {

  public ScreeningProperties {
    rescreenOnChange = rescreenOnChange == null || rescreenOnChange;
    expectedDocuments = expectedDocuments == null ? 100_000 : expectedDocuments;
    rescreenLimit = rescreenLimit == null ? 1_000_000 : rescreenLimit;
  }
}
