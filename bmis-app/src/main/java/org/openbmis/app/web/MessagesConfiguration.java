package org.openbmis.app.web;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's {@link MessageSource}: the bundles named by {@code spring.messages.*} (as
 * Spring Boot would read them), formatted with ICU so that counts follow each language's plural
 * rules ({@link IcuMessageSource}, ADR 0020).
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

  @Bean
  @ConfigurationProperties("spring.messages")
  MessageSourceProperties messageSourceProperties() {
    return new MessageSourceProperties();
  }

  @Bean
  MessageSource messageSource(MessageSourceProperties properties) {
    IcuMessageSource source = new IcuMessageSource();
    source.setBasenames(properties.getBasename().toArray(String[]::new));
    source.setDefaultEncoding(
        properties.getEncoding() == null ? "UTF-8" : properties.getEncoding().name());
    source.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
    if (properties.getCacheDuration() != null) {
      source.setCacheMillis(properties.getCacheDuration().toMillis());
    }
    source.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
    source.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
    return source;
  }
}
