package org.openbmis.app.screening;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Registers the screening settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScreeningProperties.class)
class ScreeningConfiguration {}
