package org.livedash.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Which redis-server the tests run: Debian's (or any on the PATH) where one is installed, else
 * the real server binaries that the {@code embedded-redis} artifact ships for Linux, macOS and
 * Windows, taken out of its jar into a file once per JVM, so {@code mvn verify} needs nothing
 * but a JDK and Maven. {@code -Dlivedash.redis=embedded} runs the shipped one even where Redis is
 * installed, as one test class always does, so both are covered wherever Redis is installed.
 */
public final class RedisBinary {
  /** The system property that chooses the shipped server over an installed one. */
  public static final String PROPERTY = "livedash.redis";
  private static Path shipped;

  private RedisBinary() {
  }

  /** The server to run here. */
  public static Path resolve() throws IOException {
    if (!"embedded".equals(System.getProperty(PROPERTY))) {
      Path installed = installed();
      if (installed != null) {
        return installed;
      }
    }
    return shipped();
  }

  /** An installed redis-server: Debian's, or the first on the PATH; null when there is none. */
  public static Path installed() {
    Path debian = Path.of("/usr/bin/redis-server");
    if (Files.isExecutable(debian)) {
      return debian;
    }
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        Path candidate = Path.of(dir, "redis-server");
        if (Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    return null;
  }

  /** The server shipped in the embedded-redis jar for this system, in a file of its own. */
  public static synchronized Path shipped() throws IOException {
    if (shipped != null) {
      return shipped;
    }
    String name = resourceName(System.getProperty("os.name"), System.getProperty("os.arch"));
    try (InputStream in = RedisBinary.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IOException("no redis-server for " + name + " in embedded-redis, and none"
            + " installed: apt-get install -y redis-server");
      }
      Path dir = Files.createTempDirectory("livedash-redis");
      // Deleted on exit in the reverse order: the file first, then its directory.
      dir.toFile().deleteOnExit();
      Path file = dir.resolve(name);
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      if (!file.toFile().setExecutable(true)) {
        throw new IOException("cannot make " + file + " executable");
      }
      file.toFile().deleteOnExit();
      shipped = file;
      return file;
    }
  }

  /** The name embedded-redis 1.4 gives its binary for an operating system and CPU. */
  static String resourceName(String osName, String osArch) {
    String os = osName.toLowerCase(Locale.ROOT);
    String arch = osArch.toLowerCase(Locale.ROOT);
    boolean arm = arch.equals("aarch64") || arch.equals("arm64");
    if (os.contains("win")) {
      return "redis-server-5.0.14.1-windows-amd64.exe";
    }
    if (os.contains("mac") || os.contains("darwin")) {
      return arm ? "redis-server-6.2.6-v5-darwin-arm64" : "redis-server-6.2.6-v5-darwin-amd64";
    }
    if (arm) {
      return "redis-server-6.2.7-linux-arm64";
    }
    return arch.equals("x86") || arch.equals("i386") ? "redis-server-6.2.7-linux-386"
        : "redis-server-6.2.6-v5-linux-amd64";
  }
}
