package org.openbmis.app;

import java.util.Arrays;
import org.openbmis.app.admin.SecondFactorKeyRotationCommand;
import org.openbmis.app.biometrics.KeyRotationCommand;
import org.openbmis.app.shared.AuditVerifyCommand;
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
    // the command-line audit verification starts without a web server
    app.addListeners(new AuditVerifyCommand());
    // and so does the command-line rotation of the biometric key
    app.addListeners(new KeyRotationCommand());
    // and the rotation of the second-factor key
    app.addListeners(new SecondFactorKeyRotationCommand());
    // the postgres profile refuses to start without BMIS_DB_PASSWORD (no default password)
    app.addListeners(new DatabasePasswordCheck());
    if (Arrays.asList(args).contains("--demo")) {
      app.setAdditionalProfiles("demo");
    }
    app.run(args);
  }
}
