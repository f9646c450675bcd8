package org.livedash.settings;

import org.livedash.i18n.Texts;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.livedash.model.FeedView;
import org.livedash.feed.ShownAddress;

/**
 * How the user watches each feed ({@link FeedView}: series names, units and thresholds, the
 * charts' series and window), in {@code views.json} of the configuration directory, keyed by
 * feed. Read once; every change is written at once, atomically. A file that cannot be read is
 * moved aside with one line saying so, and every feed starts as new. Without a directory (tests,
 * headless runs) it keeps the views in memory only.
 */
public final class ViewLibrary {
  private static final Logger LOG = Logger.getLogger(ViewLibrary.class.getName());
  private static final String URL_VIEW = "url:";
  private final Path file;
  private final ObjectMapper json = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  // Guarded by this.
  private final Map<String, FeedView> views = new TreeMap<>();

  /** @param configDir where to keep them, or null to keep them in memory only */
  public ViewLibrary(Path configDir) {
    this.file = configDir == null ? null : configDir.resolve("views.json");
    if (file != null && Files.exists(file)) {
      try {
        views.putAll(json.readValue(file.toFile(), new TypeReference<Map<String, FeedView>>() {}));
      } catch (IOException | RuntimeException e) {
        Path aside = AtomicFile.keepAside(file);
        LOG.warning(aside == null ? Texts.get("files.viewsUnread", file)
            : Texts.get("files.viewsAside", file, aside.getFileName()));
      }
      if (rekeyTypedCredentials()) {
        write();
      }
    }
  }

  /**
   * A view kept under an address as it was typed, credentials and all (written so before views
   * were kept under {@link ShownAddress#key}), moves to its key without them.
   */
  private boolean rekeyTypedCredentials() {
    boolean moved = false;
    for (String key : List.copyOf(views.keySet())) {
      if (key.startsWith(URL_VIEW)) {
        try {
          String safe = URL_VIEW + ShownAddress.key(new URI(key.substring(URL_VIEW.length())));
          if (!safe.equals(key)) {
            views.putIfAbsent(safe, views.remove(key));
            moved = true;
          }
        } catch (URISyntaxException e) {
          // Not an address: kept as it is.
        }
      }
    }
    return moved;
  }

  /** How the user watches feed {@code key}, or {@link FeedView#NONE}. */
  public synchronized FeedView view(String key) {
    return views.getOrDefault(key, FeedView.NONE);
  }

  /** Keeps how the user watches feed {@code key}; a failure to write is logged. */
  public synchronized void save(String key, FeedView view) {
    views.put(key, view);
    if (file != null) {
      write();
    }
  }

  private void write() {
    try {
      AtomicFile.write(file, json.writeValueAsBytes(views));
    } catch (IOException e) {
      LOG.warning(Texts.get("files.viewsUnsaved", file, Texts.message(e)));
    }
  }
}
