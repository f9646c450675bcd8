package org.livedash.ui;

import org.livedash.i18n.Texts;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.stage.FileChooser;
import org.livedash.model.SeriesStore;
import org.livedash.ui.chart.ChartExport;
import org.livedash.ui.chart.ChartPicture;
import org.livedash.ui.chart.VisibleData;

/**
 * What the dashboard saves to files: a chart as PNG (the plot under a title, at the size asked
 * for, without its toolbar), a chart's
 * visible range as CSV, the whole window as PNG. The picture or data is taken on the JavaFX
 * thread when asked, the file written in the background; the chooser opens where the last file
 * went, and the notice names the file's full path.
 */
final class Exports {
  private static final DateTimeFormatter FILE_STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

  private final Node owner;
  private final SeriesStore store;
  private final Consumer<String> notice;
  private final Supplier<String> feed;
  private File lastFolder;

  /** @param feed what the feed is, for a picture's title */
  Exports(Node owner, SeriesStore store, Supplier<String> feed, Consumer<String> notice) {
    this.owner = owner;
    this.feed = feed;
    this.store = store;
    this.notice = notice;
  }

  void chartPng(ChartPanel panel) {
    String title = Texts.get("picture.default", panel.title(), feed.get(),
        ZonedDateTime.now().format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(Texts.locale())));
    Optional<ChartPicture.Options> options = PictureDialog.show(owner.getScene().getWindow(),
        title, (int) panel.chart().getWidth(), (int) panel.chart().getHeight());
    if (options.isEmpty()) {
      return;
    }
    Path file = choose(Texts.get("export.chart", panel.title()), "livedash-" + panel.key(), "png");
    if (file != null) {
      pngTo(panel, file, options.get());
    }
  }

  /** @param carry whether a series' last value is repeated on rows where it has no sample */
  void chartCsv(ChartPanel panel, boolean carry) {
    Path file = choose(Texts.get("export.data", panel.title()), "livedash-" + panel.key(),
        "csv");
    if (file != null) {
      csvTo(panel, file, carry);
    }
  }

  void dashboardPng() {
    Path file = choose(Texts.get("export.dashboard"), "livedash-dashboard", "png");
    if (file != null) {
      Image image = owner.snapshot(null, null);
      inBackground(file, () -> ChartExport.writePng(image, file));
    }
  }

  /**
   * Writes a chart's plot as PNG, drawn as {@code options} say; the picture is drawn now, the
   * file written in the background.
   */
  CompletableFuture<Void> pngTo(ChartPanel panel, Path file, ChartPicture.Options options) {
    Image image = ChartPicture.of(panel.chart(), store, options);
    return inBackground(file, () -> ChartExport.writePng(image, file));
  }

  /** Writes the chart's visible range as CSV; copied now, written in the background. */
  CompletableFuture<Void> csvTo(ChartPanel panel, Path file, boolean carry) {
    VisibleData[] data = new VisibleData[1];
    store.read(r -> data[0] = panel.chart().visibleData(r));
    return inBackground(file, () -> ChartExport.writeCsv(data[0], file, carry));
  }

  private Path choose(String title, String baseName, String extension) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    if (lastFolder != null && lastFolder.isDirectory()) {
      chooser.setInitialDirectory(lastFolder);
    }
    chooser.setInitialFileName(baseName + "-" + FILE_STAMP.format(LocalDateTime.now()) + "."
        + extension);
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
        Texts.get("export.fileType", extension.toUpperCase(Locale.ROOT)), "*." + extension));
    File file = chooser.showSaveDialog(owner.getScene().getWindow());
    if (file == null) {
      return null;
    }
    lastFolder = file.getAbsoluteFile().getParentFile();
    return file.toPath();
  }

  private CompletableFuture<Void> inBackground(Path file, IoAction action) {
    Path full = file.toAbsolutePath();
    return CompletableFuture.runAsync(() -> {
      try {
        action.run();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }).whenComplete((ok, error) -> Platform.runLater(() -> notice.accept(error == null
        ? Texts.get("export.saved", full)
        : Texts.get("export.failed", full, error.getCause().getMessage()))));
  }

  @FunctionalInterface
  private interface IoAction {
    void run() throws IOException;
  }
}
