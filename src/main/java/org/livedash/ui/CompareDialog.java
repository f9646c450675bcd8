package org.livedash.ui;

import org.livedash.i18n.Texts;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.livedash.report.CompareReport;
import org.livedash.report.ModeResult;
import org.livedash.report.ReportHeader;
import org.livedash.report.ReportPlots;
import org.livedash.ui.chart.Formats;

/**
 * Shows the result of an in-app comparison: the table, the latency distributions and the bytes
 * per update, and offers to save the whole report (Markdown and PNG plots) to a folder.
 */
final class CompareDialog {
  private CompareDialog() {}

  static void show(Window owner, List<ModeResult> results, ReportHeader header) {
    show(owner, results, header, javafx.stage.Screen.getPrimary().getVisualBounds());
  }

  /** Shows the dialog sized for a screen whose usable area is {@code screen}. */
  static Alert show(Window owner, List<ModeResult> results, ReportHeader header,
      javafx.geometry.Rectangle2D screen) {
    CompareReport report = new CompareReport(Texts.get("compare.reportTitle"), header,
        results, List.of(), List.of(), 0);
    Alert dialog = new Alert(Alert.AlertType.NONE);
    dialog.initOwner(owner);
    dialog.setTitle(Texts.get("compare.title"));
    dialog.setHeaderText(Texts.get("compare.header"));
    dialog.getDialogPane().setId("compare-dialog");
    GridPane table = table(results);
    ImageView cdf = plot("compare-cdf");
    ImageView bytes = plot("compare-bytes");
    Label status = new Label(Texts.get("compare.drawing"));
    status.setId("compare-status");
    // The plots one above the other at their own size, so their labels read as drawn; shrunk
    // only where the dialog is narrower than a plot.
    // Wider than a small screen, the table scrolls sideways rather than cut its figures.
    ScrollPane tableScroll = new ScrollPane(table);
    tableScroll.setFitToHeight(true);
    tableScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    tableScroll.getStyleClass().add("edge-to-edge");
    VBox content = new VBox(10, tableScroll, status, cdf, bytes);
    content.setPadding(new Insets(6));
    ScrollPane scroll = new ScrollPane(content);
    scroll.setFitToWidth(true);
    for (ImageView plot : List.of(cdf, bytes)) {
      plot.fitWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() ->
          Math.min(ReportPlots.WIDTH, scroll.getViewportBounds().getWidth() - 14),
          scroll.viewportBoundsProperty()));
    }
    // As large as it likes on a big screen, within the screen on a 1024×640 one (the table
    // and the plots scroll rather than run off it).
    double width = Math.min(1200, screen.getWidth() * 0.96);
    double height = Math.min(680, screen.getHeight() * 0.92);
    scroll.setPrefSize(width - 40, height - 120);
    dialog.getDialogPane().setContent(scroll);
    dialog.getDialogPane().setPrefSize(width, height);
    dialog.getDialogPane().setMinWidth(width);
    dialog.setResizable(true);
    ButtonType save = new ButtonType(Texts.get("compare.save"), ButtonBar.ButtonData.OTHER);
    dialog.getButtonTypes().addAll(save, DialogButtons.close());
    Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
    saveButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    ButtonBar.setButtonUniformSize(saveButton, false);
    saveButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
      e.consume();
      DirectoryChooser chooser = new DirectoryChooser();
      chooser.setTitle(Texts.get("compare.folder"));
      File dir = chooser.showDialog(dialog.getDialogPane().getScene().getWindow());
      if (dir != null) {
        write(report, dir.toPath()).whenComplete((md, error) -> Platform.runLater(() ->
            status.setText(error == null ? Texts.get("compare.saved", md)
                : Texts.get("compare.saveFailed", error.getCause().getMessage()))));
      }
    });
    dialog.show();
    write(report, null).whenComplete((md, error) -> Platform.runLater(() -> {
      if (error != null) {
        status.setText(Texts.get("compare.plotsFailed", error.getCause().getMessage()));
        return;
      }
      cdf.setImage(new Image(md.resolveSibling("latency-cdf.png").toUri().toString()));
      bytes.setImage(new Image(md.resolveSibling("bytes-per-update.png").toUri().toString()));
      status.setText(Texts.get("compare.saveHint"));
    }));
    return dialog;
  }

  private static ImageView plot(String id) {
    ImageView view = new ImageView();
    view.setId(id);
    view.setPreserveRatio(true);
    view.setSmooth(true);
    return view;
  }

  private static GridPane table(List<ModeResult> results) {
    GridPane grid = new GridPane();
    grid.setHgap(12);
    grid.setVgap(6);
    String[] headings = Texts.get("compare.headings").split("\\|");
    for (int c = 0; c < headings.length; c++) {
      Label h = new Label(headings[c]);
      h.getStyleClass().add("stats-header");
      // Headings take two lines rather than widen their column past its figures.
      h.setWrapText(true);
      h.setMaxWidth(c == 0 ? 160 : 84);
      h.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
      grid.add(h, c, 0);
    }
    int row = 1;
    for (ModeResult r : results) {
      Label mode = new Label(r.label());
      mode.setWrapText(true);
      mode.setMaxWidth(160);
      mode.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
      grid.add(mode, 0, row);
      if (!r.measured()) {
        grid.add(new Label(Texts.get("report.notMeasured")), 1, row, 6, 1);
      } else {
        String[] cells = {Formats.rate(r.updates() / r.seconds()),
            Formats.millis(r.percentileMillis(50)), Formats.millis(r.percentileMillis(95)),
            Formats.millis(r.percentileMillis(99)), Formats.millis(r.maxMillis()),
            Formats.millis(r.meanMillis()), Formats.bytes(r.bytesPerUpdate()),
            Formats.bytes(r.bytesPerSecond()),
            !r.bytesCounted() ? Texts.get("bytes.estimated")
                : Texts.get("compare.countedReports", Formats.percent(r.wire().reportsShare())),
            Formats.rate(r.requestsPerSecond()),
            Long.toString(r.emptyPolls())};
        for (int c = 0; c < cells.length; c++) {
          Label cell = new Label(cells[c]);
          cell.getStyleClass().add("stats-value");
          cell.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
          grid.add(cell, c + 1, row);
        }
      }
      row++;
    }
    return grid;
  }

  /** Writes the report off the JavaFX thread, to {@code dir} or a temporary folder. */
  private static CompletableFuture<Path> write(CompareReport report, Path dir) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return report.write(dir != null ? dir : Files.createTempDirectory("livedash-compare"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
