package org.openbmis.app.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The state that runs the system ({@code bmis.country}): its ICAO code (its own nationals) and its
 * name (printed on reports).
 */
@ConfigurationProperties(prefix = "bmis.country")
public record CountryProperties(String code, String name) {

  public CountryProperties {
    code = code == null || code.isBlank() ? "UTO" : code;
    name = name == null || name.isBlank() ? code : name;
  }
}
