package org.livedash.settings;

import org.livedash.model.Reason;
import org.livedash.i18n.Texts;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.logging.Logger;
import org.livedash.feed.profile.Profile;
import org.livedash.feed.profile.ProfilePresets;
import org.livedash.ui.ProfileShelf;

/**
 * The user's profiles on disk: one JSON file each in {@code profiles/} of the configuration
 * directory, and the connections made lately in {@code recent.json} beside it. Every write is
 * atomic; a file that cannot be read is moved aside with one line saying so, and the others
 * are still offered. Profiles hold no secrets (only their placeholders), so nothing here needs
 * to be kept from other eyes.
 */
public final class ProfileLibrary implements ProfileShelf {
  private static final Logger LOG = Logger.getLogger(ProfileLibrary.class.getName());
  /** Connections kept in the recent list. */
  static final int RECENT = 8;

  private final Path dir;
  private final Path recentFile;
  private final ObjectMapper json = new ObjectMapper();
  private final List<String> problems = new ArrayList<>();

  public ProfileLibrary(Path configDir) {
    this.dir = configDir.resolve("profiles");
    this.recentFile = configDir.resolve("recent.json");
  }

  @Override
  public List<Profile> presets() {
    return ProfilePresets.all();
  }

  @Override
  public synchronized List<Profile> saved() {
    List<Profile> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
      for (Path f : files) {
        try {
          out.add(Profile.read(f));
        } catch (IllegalArgumentException e) {
          Path aside = AtomicFile.keepAside(f);
          problem(aside == null ? Texts.message(e)
              : Texts.get("files.keptAside", Texts.message(e), aside.getFileName()));
        }
      }
    } catch (IOException e) {
      problem(Texts.get("files.profilesUnlisted", dir, Texts.message(e)));
    }
    out.sort(Comparator.comparing(p -> p.name().toLowerCase(Locale.ROOT)));
    return out;
  }

  @Override
  public synchronized void save(Profile profile) throws IOException {
    AtomicFile.write(fileOf(profile), profile.toJson().getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public synchronized void delete(Profile profile) throws IOException {
    Files.deleteIfExists(fileOf(profile));
  }

  @Override
  public synchronized List<Profile> recent() {
    if (!Files.exists(recentFile)) {
      return List.of();
    }
    try {
      List<String> texts = json.readValue(recentFile.toFile(), new TypeReference<>() {});
      List<Profile> out = new ArrayList<>();
      for (String t : texts) {
        out.add(Profile.parse(t, Reason.of("files.recentConnection")));
      }
      return out;
    } catch (IOException | IllegalArgumentException e) {
      Path aside = AtomicFile.keepAside(recentFile);
      String unread = Texts.get("files.recentUnread", recentFile);
      problem(aside == null ? unread : Texts.get("files.keptAside", unread, aside.getFileName()));
      return List.of();
    }
  }

  @Override
  public synchronized void remember(Profile profile) {
    List<Profile> list = new ArrayList<>(recent());
    list.removeIf(p -> sameConnection(p, profile));
    list.add(0, profile);
    List<String> texts = list.stream().limit(RECENT).map(Profile::toJson).toList();
    try {
      AtomicFile.write(recentFile, json.writeValueAsBytes(texts));
    } catch (IOException e) {
      problem(Texts.get("files.recentUnsaved", recentFile, Texts.message(e)));
    }
  }

  @Override
  public synchronized List<String> problems() {
    return List.copyOf(problems);
  }

  private void problem(String line) {
    problems.add(line);
    LOG.warning(line);
  }

  private static boolean sameConnection(Profile a, Profile b) {
    return Objects.equals(a.name(), b.name()) && Objects.equals(a.url(), b.url());
  }

  /** The file of a profile: its name, made safe for any file system. */
  Path fileOf(Profile profile) {
    String name = profile.name() == null || profile.name().isBlank() ? "profile"
        : profile.name();
    String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("(^-|-$)", "");
    return dir.resolve((slug.isEmpty() ? "profile" : slug) + ".json");
  }
}
