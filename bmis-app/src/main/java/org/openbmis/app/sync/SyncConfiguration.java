package org.openbmis.app.sync;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The node's role and the security of the posts' calls: enrolment and batches are not signed in
 * with a user; they carry a one-time code or the post's signature, which the controller checks.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SyncProperties.class)
@EnableScheduling
class SyncConfiguration {

  @Bean
  NodeRole nodeRole(@Value("${bmis.node.role:both}") String role) {
    return NodeRole.of(role);
  }

  @Bean
  @Order(0)
  SecurityFilterChain syncChain(HttpSecurity http) throws Exception {
    http.securityMatcher(SyncPaths.ENROLMENT, SyncPaths.BATCHES, SyncPaths.DATASETS)
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(a -> a.anyRequest().permitAll());
    return http.build();
  }
}
