package org.livedash.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The reference MCAP reader: {@code @mcap/core} (with {@code @mcap/support}'s decompressors)
 * from npm, run by node on a file, through its stream reader or its indexed reader. Installed
 * once into {@code target/mcap-reader}. Where node or npm is missing the tests that need it are
 * reported as not run, with the reason — except in CI, which must run them.
 */
final class McapReference {
  private static final List<String> PACKAGES = List.of("@mcap/core@2.2.2", "@mcap/support@1.1.0");
  private static final Path DIR = Path.of("target", "mcap-reader");
  private static Boolean installed;
  private static String notHere;

  private McapReference() {}

  /** Why the reader cannot run here, or null when it can (installing it first if need be). */
  static synchronized String whyNotHere() throws Exception {
    if (installed == null) {
      installed = install();
    }
    if (!installed && "true".equals(System.getenv("CI"))) {
      throw new AssertionError(notHere);
    }
    return installed ? null : notHere;
  }

  private static boolean install() throws Exception {
    for (String tool : List.of("node", "npm")) {
      if (run(List.of("sh", "-c", "command -v " + tool), Path.of(".")).exitCode != 0) {
        notHere = "no " + tool + " here, to run the reference MCAP reader (apt-get install nodejs"
            + " npm)";
        return false;
      }
    }
    Files.createDirectories(DIR);
    try (InputStream script = McapReference.class.getResourceAsStream("/mcap/read-mcap.js")) {
      Files.copy(script, DIR.resolve("read-mcap.js"), StandardCopyOption.REPLACE_EXISTING);
    }
    if (!Files.isDirectory(DIR.resolve("node_modules/@mcap/core"))
        || !Files.isDirectory(DIR.resolve("node_modules/@mcap/support"))) {
      List<String> npm = new java.util.ArrayList<>(List.of("npm", "install", "--no-audit",
          "--no-fund", "--no-save", "--prefix", DIR.toAbsolutePath().toString()));
      npm.addAll(PACKAGES);
      Result r = run(npm, DIR);
      if (r.exitCode != 0) {
        notHere = "npm could not install " + PACKAGES + ": " + r.err;
        return false;
      }
    }
    return true;
  }

  /** What the reader made of {@code file}: {@code mode} is "stream" or "indexed". */
  static JsonNode read(Path file, String mode) throws Exception {
    Result r = run(List.of("node", DIR.resolve("read-mcap.js").toAbsolutePath().toString(),
        file.toAbsolutePath().toString(), mode), DIR);
    if (r.exitCode != 0) {
      throw new AssertionError("the reference reader failed on " + file + ": " + r.err);
    }
    return new ObjectMapper().readTree(r.out);
  }

  private record Result(int exitCode, String out, String err) {}

  private static Result run(List<String> command, Path dir) throws IOException,
      InterruptedException {
    Path err = Files.createTempFile("mcap-reader", ".err");
    Path out = Files.createTempFile("mcap-reader", ".out");
    try {
      Process p = new ProcessBuilder(command).directory(dir.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      p.getOutputStream().close();
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        return new Result(-1, "", "timed out: " + command);
      }
      return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(err);
      Files.deleteIfExists(out);
    }
  }
}
