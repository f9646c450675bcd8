package org.livedash.ui;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.concurrent.Executor;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import org.livedash.feed.profile.Profile;
import org.livedash.i18n.Texts;
import org.livedash.model.EpochMicros;
import org.livedash.model.SeriesMeta;

/**
 * Where the message browser goes and what it brings: at the left of the window while its
 * toggle is on, offered only for a feed in its own JSON shape, opened by itself (once a feed)
 * when nothing of it is mapped yet; the series a click brings are put on their chart as they
 * come, and "Save as profile" keeps what was clicked.
 */
final class BrowserDock {
  private static final long REFRESH_NANOS = 400_000_000L;

  private final BorderPane window;
  private final ToggleButton toggle;
  private final FeedControl control;
  private final MessageBrowser browser;
  /** Series clicked into being, waiting for the catalogue to have them, and where each goes. */
  private final Map<String, Consumer<SeriesMeta>> toPlot = new java.util.LinkedHashMap<>();
  /** The feed the browser opened itself for, so it does so once a feed. */
  private String openedFor;
  private long lastRefresh;

  private final Runnable onOpenedItself;
  private final Consumer<String> notice;
  private ProfileShelf shelf;
  private Executor background;

  /**
   * @param onOpenedItself called when the browser opened by itself, to make room for it
   * @param notice shows a line in the status line
   */
  BrowserDock(BorderPane window, ToggleButton toggle, FeedControl control,
      Runnable onOpenedItself, Consumer<String> notice) {
    this.window = window;
    this.toggle = toggle;
    this.control = control;
    this.notice = notice;
    this.browser = new MessageBrowser(control, this::save);
    toggle.setDisable(true);
    toggle.selectedProperty().addListener((o, a, on) -> {
      window.setLeft(on ? browser : null);
      lastRefresh = 0;
    });
    this.onOpenedItself = onOpenedItself;
  }

  /** Where "Save as profile" keeps profiles, and the executor that writes them. */
  void useShelf(ProfileShelf shelf, Executor background) {
    this.shelf = shelf;
    this.background = background;
  }

  /**
   * Each frame: the series clicks brought onto their chart ({@code plot} shows one unless it
   * is shown), and the browser refreshed a few times a second while it is open.
   */
  void frame(long now, List<SeriesMeta> catalogue, Consumer<SeriesMeta> plot) {
    List<String> clicked = control.takeClicked();
    if (!clicked.isEmpty()) {
      // The series a number dropped on a pane brought go to that pane.
      Consumer<SeriesMeta> pane = browser.takeDestination();
      clicked.forEach(id -> toPlot.put(id, pane != null ? pane : plot));
    }
    for (Iterator<Map.Entry<String, Consumer<SeriesMeta>>> it = toPlot.entrySet().iterator();
        it.hasNext();) {
      Map.Entry<String, Consumer<SeriesMeta>> waiting = it.next();
      SeriesMeta meta = catalogue.stream().filter(m -> m.id().equals(waiting.getKey()))
          .findFirst().orElse(null);
      if (meta != null) {
        it.remove();
        waiting.getValue().accept(meta);
      }
    }
    if (window.getLeft() == browser && now - lastRefresh >= REFRESH_NANOS) {
      lastRefresh = now;
      browser.refresh(EpochMicros.of(java.time.Instant.now()));
    }
  }

  /** Offers the browser for a feed in its own JSON shape; opens it for one with no rule yet. */
  void offer() {
    Profile p = control.currentProfile();
    boolean browsable = control.messageShapes() != null;
    toggle.setDisable(!browsable);
    if (!browsable) {
      toggle.setSelected(false);
      return;
    }
    String feed = (p == null ? "" : p.name()) + " " + control.currentUrl();
    boolean nothingMapped = p == null || p.mapping() == null || p.mapping().rules() == null
        || p.mapping().rules().isEmpty();
    if (nothingMapped && !feed.equals(openedFor)) {
      openedFor = feed;
      toggle.setSelected(true);
      onOpenedItself.run();
    }
  }

  /** Keeps the profile as clicked among the user's profiles, off the JavaFX thread. */
  private void save(Profile p) {
    ProfileShelf to = shelf;
    if (to == null) {
      return;
    }
    background.execute(() -> {
      String said;
      try {
        to.save(p);
        said = Texts.get("browser.saved", p.name());
      } catch (java.io.IOException e) {
        said = Texts.get("browser.notSaved", Texts.message(e));
      }
      String text = said;
      javafx.application.Platform.runLater(() -> notice.accept(text));
    });
  }
}
