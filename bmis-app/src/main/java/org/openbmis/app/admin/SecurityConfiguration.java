package org.openbmis.app.admin;

import org.openbmis.app.shared.AuditLog;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains: the REST API and the actuator (stateless; HTTP Basic or API tokens; 401 as a
 * problem detail) and the UI (form login, session, CSRF).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties({AccessProperties.class, DemoProperties.class})
class SecurityConfiguration {

  private static final String CSP =
      "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self';"
          + " object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  BmisAuthenticationProvider bmisAuthenticationProvider(
      PrincipalCache principals,
      PasswordEncoder encoder,
      LoginThrottle throttle,
      DemoProperties demo,
      AuditLog audit) {
    return new BmisAuthenticationProvider(principals, encoder, throttle, demo, audit);
  }

  @Bean
  AuthenticationManager authenticationManager(BmisAuthenticationProvider provider) {
    return new ProviderManager(provider);
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiChain(
      HttpSecurity http,
      AuthenticationManager auth,
      ApiTokenService tokens,
      ProblemResponses problems,
      PrincipalCache principals,
      SecondFactorConfiguration secondFactor)
      throws Exception {
    http.securityMatcher("/api/**", "/actuator/**")
        .authenticationManager(auth)
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(b -> b.authenticationEntryPoint(new ApiAuthenticationEntryPoint(problems)))
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(new ApiAuthenticationEntryPoint(problems))
                    .accessDeniedHandler(
                        (req, res, ex) ->
                            problems.write(
                                res, 403, "auth.forbidden", "Your role does not allow this.")))
        .addFilterBefore(new ApiTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
        .addFilterAfter(
            new AccountStateFilter(principals, problems), BasicAuthenticationFilter.class)
        .addFilterAfter(secondFactor.basic(), BasicAuthenticationFilter.class)
        .authorizeHttpRequests(
            a ->
                a.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                    .permitAll()
                    .requestMatchers("/actuator/**")
                    .hasRole("ADMIN")
                    .anyRequest()
                    .authenticated());
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain uiChain(
      HttpSecurity http,
      AuthenticationManager auth,
      PrincipalCache principals,
      ProblemResponses problems,
      SecondFactorConfiguration secondFactor)
      throws Exception {
    http.authenticationManager(auth)
        .csrf(c -> c.csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
        .formLogin(f -> f.loginPage("/login").successHandler(secondFactor.gate()).permitAll())
        .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
        .headers(
            h ->
                h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                    .referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
        .addFilterBefore(
            new AccountStateFilter(principals, problems),
            org.springframework.security.web.access.intercept.AuthorizationFilter.class)
        .addFilterBefore(
            secondFactor.gate(),
            org.springframework.security.web.access.intercept.AuthorizationFilter.class)
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(
                        "/login",
                        "/css/**",
                        "/js/**",
                        "/img/**",
                        "/webjars/**",
                        "/favicon.ico",
                        "/error",
                        "/v3/api-docs/**",
                        "/swagger-ui/**",
                        "/swagger-ui.html")
                    .permitAll()
                    .requestMatchers("/admin/**")
                    .hasRole("ADMIN")
                    .requestMatchers("/audit/**")
                    .hasAnyRole("SUPERVISOR", "ADMIN")
                    .anyRequest()
                    .authenticated());
    return http.build();
  }
}
