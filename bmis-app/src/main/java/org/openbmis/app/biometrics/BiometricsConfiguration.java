package org.openbmis.app.biometrics;

import java.nio.file.Path;
import org.openbmis.biometrics.FingerprintCapture;
import org.openbmis.biometrics.FingerprintEngine;
import org.openbmis.biometrics.FingerprintVerifier;
import org.openbmis.biometrics.SourceAfisEngine;
import org.openbmis.biometrics.ansinist.AnsiNistReader;
import org.openbmis.biometrics.face.PortraitCheck;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The engine (SourceAFIS), the capture pipeline, and the simulated devices unless real ones. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BiometricsProperties.class)
class BiometricsConfiguration {

  @Bean
  FingerprintEngine fingerprintEngine() {
    return new SourceAfisEngine();
  }

  @Bean
  FingerprintCapture fingerprintCapture(FingerprintEngine engine) {
    return new FingerprintCapture(engine);
  }

  @Bean
  FingerprintVerifier fingerprintVerifier(FingerprintEngine engine, BiometricsProperties p) {
    return new FingerprintVerifier(engine, p.threshold());
  }

  @Bean
  PortraitCheck portraitCheck() {
    return new PortraitCheck();
  }

  @Bean
  AnsiNistReader ansiNistReader() {
    return new AnsiNistReader();
  }

  @Bean
  @ConditionalOnMissingBean(FingerprintScanner.class)
  FingerprintScanner fingerprintScanner(BiometricsProperties p) {
    return new FileFingerprintScanner(folder(p));
  }

  @Bean
  @ConditionalOnMissingBean(Camera.class)
  Camera camera(BiometricsProperties p) {
    return new FileCamera(folder(p));
  }

  private static Path folder(BiometricsProperties p) {
    return Path.of(p.simulatorFolder() == null ? "biometrics-simulator" : p.simulatorFolder());
  }
}
