package org.livedash.ui;

import org.livedash.i18n.Texts;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.stage.FileChooser;
import org.livedash.model.SeriesStore;
import org.livedash.ui.chart.ChartExport;
import org.livedash.ui.chart.VisibleData;

/**
 * What the dashboard saves to files: a chart as PNG (the plot, without its toolbar), a chart's
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
  private File lastFolder;

  Exports(Node owner, SeriesStore store, Consumer<String> notice) {
    this.owner = owner;
    this.store = store;
    this.notice = notice;
  }

  void chartPng(ChartPanel panel) {
    Path file = choose(Texts.get("export.chart", panel.title()), "livedash-" + panel.key(), "png");
    if (file != null) {
      pngTo(panel, file);
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

  /** Writes a chart's plot as PNG; the image is taken now, the file written in the background. */
  CompletableFuture<Void> pngTo(ChartPanel panel, Path file) {
    Image image = panel.chart().snapshot(null, null);
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
        extension.toUpperCase(Locale.ROOT) + " file", "*." + extension));
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
