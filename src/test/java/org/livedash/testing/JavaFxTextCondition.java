package org.livedash.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Whether JavaFX can lay text out here: everywhere but on Linux without Pango's FreeType
 * library, which JavaFX 21 loads for every text it lays out (see {@link NeedsJavaFxText}).
 */
public final class JavaFxTextCondition implements ExecutionCondition {
  /** The library JavaFX's text layout needs on Linux. */
  static final String PANGO = "libpangoft2-1.0.so.0";
  private static final List<String> LIBRARY_DIRS = List.of("/usr/lib/x86_64-linux-gnu",
      "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib", "/lib64", "/lib");
  private static volatile String missing;
  private static volatile boolean checked;

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String why = missing();
    if (why == null || "true".equals(System.getenv("CI"))) {
      return ConditionEvaluationResult.enabled("JavaFX can lay out text here");
    }
    return ConditionEvaluationResult.disabled(why);
  }

  /** Why JavaFX cannot lay out text on this machine; null when it can. */
  static String missing() {
    if (!checked) {
      missing = reason(System.getProperty("os.name"), LIBRARY_DIRS,
          System.getenv("LD_LIBRARY_PATH"), JavaFxTextCondition::listedByLdconfig);
      checked = true;
    }
    return missing;
  }

  /**
   * The check itself, for a system, the usual library directories, LD_LIBRARY_PATH and what
   * the loader's cache lists.
   */
  static String reason(String osName, List<String> dirs, String ldLibraryPath,
      BooleanSupplier ldconfigLists) {
    if (!osName.toLowerCase(Locale.ROOT).contains("linux")) {
      return null;
    }
    List<String> all = new java.util.ArrayList<>(dirs);
    if (ldLibraryPath != null) {
      all.addAll(List.of(ldLibraryPath.split(":")));
    }
    for (String dir : all) {
      if (!dir.isEmpty() && Files.exists(Path.of(dir, PANGO))) {
        return null;
      }
    }
    if (ldconfigLists.getAsBoolean()) {
      return null;
    }
    return "JavaFX needs Pango (" + PANGO + ") to lay out text, and this machine has none:"
        + " install a desktop's GTK 3 (Debian: apt-get install libgtk-3-0, which Debian's"
        + " openjdk-17-jdk brings)";
  }

  private static boolean listedByLdconfig() {
    for (String ldconfig : List.of("/sbin/ldconfig", "/usr/sbin/ldconfig")) {
      if (Files.isExecutable(Path.of(ldconfig))) {
        try {
          Process p = new ProcessBuilder(ldconfig, "-p").redirectErrorStream(true).start();
          String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
          p.waitFor();
          return out.contains(PANGO);
        } catch (IOException e) {
          return false;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
    }
    return false;
  }
}
