package org.openbmis.app.admin;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import org.openbmis.app.shared.OwnerOnlyFiles;
import org.openbmis.app.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * First start outside demo mode: when there is no user at all, creates {@code admin} with a
 * one-time password, taken from {@code BMIS_ADMIN_PASSWORD} or generated. It must be changed at
 * first sign-in. There are no default credentials.
 *
 * <p>A generated password never goes to the log (log files are collected and shipped): it is shown
 * once on the console, outside the logging system, and written to {@code
 * initial-admin-password.txt} in the data folder, readable by its owner only; the log says where.
 */
@Component
@Order(10)
class FirstAdministrator implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

  static final String FILE = "initial-admin-password.txt";

  private final UserService users;
  private final AccessProperties props;
  private final DemoProperties demo;
  private final Path dataFolder;

  FirstAdministrator(
      UserService users,
      AccessProperties props,
      DemoProperties demo,
      @Value("${bmis.data-folder:data}") Path dataFolder) {
    this.users = users;
    this.props = props;
    this.demo = demo;
    this.dataFolder = dataFolder;
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
      return;
    }
    Path file = dataFolder.resolve(FILE).toAbsolutePath();
    try {
      OwnerOnlyFiles.write(file, password + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the first administrator's password file", e);
    }
    showOnConsole(password, file);
    log.warn(
        "First start: created user 'admin'. Its one-time password is in {} (readable by its owner"
            + " only; change it at first sign-in, then delete the file).",
        file);
  }

  /** The one place that writes to the console: the operator starting the node sees it once. */
  private static void showOnConsole(String password, Path file) {
    String text =
        "\n==========================================================\n"
            + " First start: created user 'admin'.\n"
            + " One-time password (change it at sign-in): "
            + password
            + "\n Also in "
            + file
            + " (owner only).\n"
            + "==========================================================\n";
    var console = System.console();
    if (console != null) {
      PrintWriter w = console.writer();
      w.print(text);
      w.flush();
    } else {
      System.err.print(text);
      System.err.flush();
    }
  }
}
