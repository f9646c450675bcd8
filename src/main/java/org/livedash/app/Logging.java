package org.livedash.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.logging.LogManager;

/**
 * Quiet default logging: the libraries (Jetty, Tyrus) log their start-up at INFO, which a user
 * of a desktop app does not need to see. A {@code java.util.logging.config.file} given on the
 * command line still wins.
 */
final class Logging {
  private Logging() {}

  static void configure() {
    if (System.getProperty("java.util.logging.config.file") != null) {
      return;
    }
    try (InputStream in = Logging.class.getResourceAsStream("logging.properties")) {
      if (in != null) {
        LogManager.getLogManager().readConfiguration(in);
      }
    } catch (IOException e) {
      System.err.println("livedash: default logging not configured: " + e.getMessage());
    }
  }
}
