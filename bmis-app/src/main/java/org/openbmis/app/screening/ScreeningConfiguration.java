package org.openbmis.app.screening;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Registers the screening settings, and runs scheduled work: the hourly check for alerts coming
 * into force ({@link AlertsComingIntoForce}), which never ran while nothing enabled scheduling.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScreeningProperties.class)
@EnableScheduling
class ScreeningConfiguration {}
