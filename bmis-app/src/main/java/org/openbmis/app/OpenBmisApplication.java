package org.openbmis.app;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entry point. {@code --demo} starts the node with the demo profile (seeded data, demo users). */
@SpringBootApplication
public class OpenBmisApplication {

  public static void main(String[] args) {
    SpringApplication app = new SpringApplication(OpenBmisApplication.class);
    if (Arrays.asList(args).contains("--demo")) {
      app.setAdditionalProfiles("demo");
    }
    app.run(args);
  }
}
