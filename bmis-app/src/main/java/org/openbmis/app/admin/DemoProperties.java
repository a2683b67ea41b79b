package org.openbmis.app.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Demo mode ({@code bmis.demo.enabled}): the demo password is refused unless this is on. */
@ConfigurationProperties(prefix = "bmis.demo")
public record DemoProperties(boolean enabled) {}
