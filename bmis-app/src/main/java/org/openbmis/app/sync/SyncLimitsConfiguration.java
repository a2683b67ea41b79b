package org.openbmis.app.sync;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link SyncLimits} (ADR 0023), on every node: a single node simply never goes stale. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SyncLimits.class)
class SyncLimitsConfiguration {}
