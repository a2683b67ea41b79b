package org.openbmis.app.shared.durability;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Durability of commits ({@code bmis.durability.*}).
 *
 * @param level what an acknowledged commit survives on H2 (PostgreSQL follows its own {@code
 *     synchronous_commit}, which the node checks at start)
 */
@ConfigurationProperties(prefix = "bmis.durability")
public record DurabilityProperties(@DefaultValue("POWER_LOSS") DurabilityLevel level) {}
