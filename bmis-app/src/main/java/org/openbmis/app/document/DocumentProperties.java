package org.openbmis.app.document;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Document checks ({@code bmis.document}).
 *
 * @param expiringSoonDays days before expiry from which a document is flagged as expiring soon
 * @param allowSpecimenStates accept ICAO's specimen state {@code UTO} (demo and training)
 */
@ConfigurationProperties(prefix = "bmis.document")
public record DocumentProperties(int expiringSoonDays, boolean allowSpecimenStates) {}
