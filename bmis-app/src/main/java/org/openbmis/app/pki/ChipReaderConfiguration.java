package org.openbmis.app.pki;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The simulated chip reader, unless a real one is given as a bean. */
@Configuration(proxyBeanMethods = false)
class ChipReaderConfiguration {

  @Bean
  @ConditionalOnMissingBean(ChipReader.class)
  ChipReader chipReader(
      @Value("${bmis.pki.chip-simulator-folder:chip-simulator}") String folder,
      PkiProperties props) {
    return new FolderChipReader(Path.of(folder), props.maxFileBytes());
  }
}
