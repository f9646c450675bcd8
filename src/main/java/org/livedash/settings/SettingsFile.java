package org.livedash.settings;

import org.livedash.i18n.Texts;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The settings file in the platform's configuration directory ({@link UserDirectories}).
 * Written atomically (a temporary file, forced to disk, then renamed over the old one), so a
 * kill while saving never leaves half a file; a file that cannot be read is moved aside, not
 * overwritten, and the defaults are used with one line saying so.
 */
public final class SettingsFile {
  private static final String NAME = "settings.json";

  private final Path dir;
  private final ObjectMapper json = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private String problem = "";

  public SettingsFile(Path dir) {
    this.dir = dir;
  }

  /** The platform's directory for LiveDash's settings ({@link UserDirectories#config}). */
  public static Path platformDirectory() {
    return UserDirectories.system().config();
  }

  public Path path() {
    return dir.resolve(NAME);
  }

  /** The saved settings, or the defaults when there are none or they cannot be read. */
  public Settings load() {
    Path file = path();
    if (!Files.exists(file)) {
      return Settings.DEFAULTS;
    }
    try {
      Settings s = json.readValue(file.toFile(), Settings.class);
      return s == null ? Settings.DEFAULTS : s;
    } catch (IOException e) {
      Path aside = AtomicFile.keepAside(file);
      problem = aside != null ? Texts.get("files.settingsAside", file, aside.getFileName())
          : Texts.get("files.settingsUnread", file);
      return Settings.DEFAULTS;
    }
  }

  /** What went wrong when loading, in one line, or empty. */
  public String problem() {
    return problem;
  }

  /** Saves atomically: readers see the old file or the new one, never a part. */
  public void save(Settings settings) throws IOException {
    AtomicFile.write(path(), json.writeValueAsBytes(settings));
  }
}
