package org.openbmis.app.manifest;

import java.time.Clock;
import org.openbmis.paxlst.PaxlstReader;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(ManifestProperties.class)
class ManifestConfiguration {

  @Bean
  PaxlstReader paxlstReader(Clock clock) {
    return new PaxlstReader(clock);
  }
}
