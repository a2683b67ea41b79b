package org.openbmis.app;

import java.util.Arrays;
import org.openbmis.app.shared.CommandLineMode;
import org.openbmis.app.shared.DatabasePasswordCheck;
import org.openbmis.app.statistics.RebuildCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entry point. {@code --demo} starts the node with the demo profile (seeded data, demo users). */
@SpringBootApplication
public class OpenBmisApplication {

  public static void main(String[] args) {
    SpringApplication app = new SpringApplication(OpenBmisApplication.class);
    // the command-line statistics rebuild opens an H2 file with settings for bulk writing
    app.addListeners(new RebuildCommand());
    // the one-shot commands start without a web server: audit verification, key rotations
    app.addListeners(new CommandLineMode("bmis.audit.verify-and-exit"));
    app.addListeners(new CommandLineMode("bmis.biometrics.rotate-key-and-exit"));
    app.addListeners(new CommandLineMode("bmis.security.second-factor.rotate-key-and-exit"));
    // the postgres profile refuses to start without BMIS_DB_PASSWORD (no default password)
    app.addListeners(new DatabasePasswordCheck());
    if (Arrays.asList(args).contains("--demo")) {
      app.setAdditionalProfiles("demo");
    }
    app.run(args);
  }
}
