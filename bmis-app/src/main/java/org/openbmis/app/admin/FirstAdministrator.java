package org.openbmis.app.admin;

import java.util.Set;
import org.openbmis.app.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * First start outside demo mode: when there is no user at all, creates {@code admin} with a
 * one-time password, taken from {@code BMIS_ADMIN_PASSWORD} or generated and printed once. It must
 * be changed at first sign-in. There are no default credentials.
 */
@Component
@Order(10)
class FirstAdministrator implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

  private final UserService users;
  private final AccessProperties props;
  private final DemoProperties demo;

  FirstAdministrator(UserService users, AccessProperties props, DemoProperties demo) {
    this.users = users;
    this.props = props;
    this.demo = demo;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (demo.enabled() || !users.noUsers()) {
      return;
    }
    boolean given = !props.initialAdminPassword().isBlank();
    String password = given ? props.initialAdminPassword() : UserService.generatePassword();
    if (given) {
      try {
        users.checkPassword("admin", password);
      } catch (org.openbmis.app.shared.BmisException e) {
        throw new IllegalStateException(
            "BMIS_ADMIN_PASSWORD does not meet the password rules ("
                + e.code()
                + "): "
                + e.getMessage(),
            e);
      }
    }
    users.create(
        new CreateUserCommand("admin", "Administrator", Set.of(Role.ADMIN), null, null, password),
        true);
    if (given) {
      log.warn(
          "First start: created user 'admin' with the password from BMIS_ADMIN_PASSWORD (change it at first sign-in).");
    } else {
      log.warn(
          "\n==========================================================\n"
              + " First start: created user 'admin'.\n"
              + " One-time password (shown once, change it at sign-in): {}\n"
              + "==========================================================",
          password);
    }
  }
}
