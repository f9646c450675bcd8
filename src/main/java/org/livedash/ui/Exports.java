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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.stage.FileChooser;
import org.livedash.model.StoreReader;
import org.livedash.record.RecordingCsv;
import org.livedash.ui.chart.ChartExport;
import org.livedash.ui.chart.ChartPicture;
import org.livedash.ui.chart.VisibleData;

/**
 * What the dashboard saves to files: a chart as PNG (the plot under a title, at the size asked
 * for, without its toolbar), a chart's visible range as CSV, any time range of this run's
 * recording as CSV, the whole window as PNG. The picture or data is taken on the JavaFX
 * thread when asked, the file written in the background; the chooser opens where the last file
 * went, and the notice names the file's full path.
 */
final class Exports {
  private static final DateTimeFormatter FILE_STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

  private final Node owner;
  private final StoreReader store;
  private final Consumer<String> notice;
  private final Supplier<String> feed;
  private File lastFolder;
  private final Supplier<List<Path>> recordings;
  private final java.time.ZoneId zone;

  /**
   * @param feed what the feed is, for a picture's title
   * @param recordings this run's recording files, for a time range's CSV
   */
  Exports(Node owner, StoreReader store, Supplier<String> feed, Consumer<String> notice,
      Supplier<List<Path>> recordings, java.time.ZoneId zone) {
    this.owner = owner;
    this.recordings = recordings;
    this.zone = zone;
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
  void chartCsv(ChartPanel panel, ChartPanel.CsvKind kind) {
    if (kind == ChartPanel.CsvKind.RANGE) {
      rangeCsv(panel);
      return;
    }
    Path file = choose(Texts.get("export.data", panel.title()), "livedash-" + panel.key(),
        "csv");
    if (file != null) {
      csvTo(panel, file, kind == ChartPanel.CsvKind.CARRIED);
    }
  }

  /**
   * Any time range of this run's recording as CSV, not only what the chart shows: of the chart's
   * series or of all, read from the recording's files in the background.
   */
  private void rangeCsv(ChartPanel panel) {
    List<Path> files = recordings.get();
    if (files.isEmpty()) {
      notice.accept(Texts.get("export.notRecorded"));
      return;
    }
    Optional<RangeDialog.Range> range = RangeDialog.show(owner.getScene().getWindow(),
        panel.title(), zone);
    if (range.isEmpty()) {
      return;
    }
    Path file = choose(Texts.get("export.range", panel.title()), "livedash-" + panel.key(),
        "csv");
    if (file == null) {
      return;
    }
    Set<String> series = range.get().chartOnly() ? Set.copyOf(panel.plotted()) : Set.of();
    List<RecordingCsv.Source> sources = files.stream()
        .<RecordingCsv.Source>map(f -> () -> java.nio.file.Files.newInputStream(f)).toList();
    inBackground(file, () -> {
      try (java.io.Writer out = java.nio.file.Files.newBufferedWriter(file,
          java.nio.charset.StandardCharsets.UTF_8)) {
        RecordingCsv.write(sources, range.get().from(), range.get().to(), series, out);
      }
    });
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
    store.read(r -> data[0] = org.livedash.ui.chart.VisibleData.of(panel.chart(), r));
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
