package org.openbmis.app.admin;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The second factor's filters for {@link SecurityConfiguration}'s chains. They are not beans, so
 * that the servlet container does not also run them outside the security chains.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecondFactorProperties.class)
class SecondFactorConfiguration {

  private final SecondFactorGate gate;
  private final BasicSecondFactorFilter basic;

  SecondFactorConfiguration(
      SecondFactorService factors,
      SecondFactorProperties properties,
      DemoProperties demo,
      ProblemResponses problems) {
    this.gate = new SecondFactorGate(factors, properties, demo);
    this.basic = new BasicSecondFactorFilter(properties, demo, problems);
  }

  /** The form sign-in's success handler and the filter holding back everything until the code. */
  SecondFactorGate gate() {
    return gate;
  }

  /** Refuses HTTP Basic for the roles that need a second factor (outside demo mode). */
  BasicSecondFactorFilter basic() {
    return basic;
  }
}
