package org.livedash.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failures go to a log file a user can send; what is only information does not. */
class LoggingTest {
  @Test
  void warningsLandInTheLogFileWithTheirTimeAndStack(@TempDir Path dir) throws Exception {
    Logger log = Logger.getLogger("org.livedash.test.logfile");
    log.setUseParentHandlers(false);
    FileHandler file = Logging.fileHandler(dir.resolve("state"));
    log.addHandler(file);
    try {
      log.info("connected");
      log.log(java.util.logging.Level.WARNING, "WebSocket push: connection refused",
          new java.io.IOException("refused"));
    } finally {
      log.removeHandler(file);
      file.close();
    }
    String text = Files.readString(dir.resolve("state").resolve("livedash.0.log"));
    assertThat(text).contains("WARNING org.livedash.test.logfile: WebSocket push: connection"
        + " refused").contains("java.io.IOException: refused").doesNotContain("connected");
    assertThat(text.lines().findFirst().orElse("")).matches("^\\d{4}-\\d\\d-\\d\\dT.*");
  }

  @Test
  void theStateDirectoryFollowsThePlatform() {
    Path dir = Logging.stateDirectory();
    assertThat(dir.toString()).containsAnyOf("livedash", "LiveDash");
  }

  @Test
  void theQuietConfigurationIsFoundBesideTheClassThatReadsIt() throws Exception {
    // Jetty and Tyrus say their start-up at INFO; the configuration keeps it off the console.
    java.util.Properties p = new java.util.Properties();
    try (var in = Logging.class.getResourceAsStream("logging.properties")) {
      assertThat(in).isNotNull();
      p.load(in);
    }
    assertThat(p.getProperty("org.eclipse.jetty.level")).isEqualTo("WARNING");
    assertThat(p.getProperty("org.glassfish.tyrus.level")).isEqualTo("WARNING");
  }
}
