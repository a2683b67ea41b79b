package org.openbmis.app.pki;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The desk's reader: the agent's posted chips first, then the simulated reader's folder. */
@Configuration(proxyBeanMethods = false)
class ChipReaderConfiguration {

  @Bean
  @ConditionalOnMissingBean(ChipReader.class)
  ChipReader chipReader(
      @Value("${bmis.pki.chip-simulator-folder:chip-simulator}") String folder,
      PkiProperties props,
      PostedChips posted) {
    FolderChipReader files = new FolderChipReader(Path.of(folder), props.maxFileBytes());
    return new ChipReader() {
      @Override
      public boolean available() {
        return true;
      }

      @Override
      public Optional<Read> read(String documentNumber) {
        Optional<Read> agent = posted.take(documentNumber);
        return agent.isPresent() ? agent : files.read(documentNumber);
      }
    };
  }
}
