package org.livedash.ui.wire;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.livedash.i18n.Texts;
import org.livedash.report.Lesson;
import org.livedash.report.LessonHandout;
import org.livedash.report.ModeResult;

/**
 * The lesson's bar above the wire view: the step, its two sentences, Back and Next; after the
 * last step the comparison of what the class measured, and the handout to save. The lesson
 * moves the feed itself; this only shows it and steps it.
 */
final class LessonBar extends VBox {
  private final Lesson lesson;
  private final String feed;
  private final Executor background;
  private final Label counter = new Label();
  private final Label title = new Label();
  private final Label text = new Label();
  private final Button back = new Button(Texts.get("lesson.back"));
  private final Button next = new Button(Texts.get("lesson.next"));
  private final Button export = new Button(Texts.get("lesson.export"));
  private final Label saved = new Label();
  private final GridPane comparison = new GridPane();
  private int step = -1;

  /**
   * @param feed what the lesson is measured on, in words
   * @param background where the handout is written, off the JavaFX thread
   */
  LessonBar(Lesson lesson, String feed, Executor background) {
    super(6);
    this.lesson = lesson;
    this.feed = feed;
    this.background = background;
    setId("lesson-bar");
    getStyleClass().add("lesson-bar");
    setPadding(new Insets(10, 12, 10, 12));
    counter.getStyleClass().add("wire-muted");
    title.getStyleClass().add("lesson-title");
    title.setId("lesson-title");
    text.setWrapText(true);
    text.setMinHeight(Region.USE_PREF_SIZE);
    back.setId("lesson-back");
    next.setId("lesson-next");
    export.setId("lesson-export");
    next.getStyleClass().add("accent");
    back.setOnAction(e -> go(step - 1));
    next.setOnAction(e -> go(step + 1));
    export.setOnAction(e -> chooseAndSave());
    comparison.setHgap(18);
    comparison.setVgap(4);
    comparison.setId("lesson-comparison");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    saved.getStyleClass().add("wire-muted");
    HBox buttons = new HBox(8, back, next, spacer, saved, export);
    buttons.setAlignment(Pos.CENTER_LEFT);
    VBox.setVgrow(text, Priority.NEVER);
    getChildren().addAll(counter, title, text, comparison, buttons);
    go(0);
  }

  /** Moves to step {@code index} (0 to 3), or past the last to the comparison. */
  void go(int index) {
    Lesson.Step[] steps = Lesson.Step.values();
    step = Math.max(0, Math.min(index, steps.length));
    back.setDisable(step == 0);
    if (step < steps.length) {
      Lesson.Step s = steps[step];
      lesson.begin(s);
      counter.setText(Texts.get("lesson.step", step + 1, steps.length));
      title.setText(Texts.get("lesson." + s.key() + ".title"));
      text.setText(Texts.get("lesson." + s.key() + ".text"));
      next.setText(Texts.get(step == steps.length - 1 ? "lesson.finish" : "lesson.next"));
      next.setDisable(false);
      export.setDisable(true);
      comparison.getChildren().clear();
    } else {
      lesson.finish();
      counter.setText("");
      title.setText(Texts.get("lesson.report.comparison"));
      text.setText(Texts.get("lesson.title"));
      next.setDisable(true);
      export.setDisable(false);
      showComparison(lesson.results());
    }
  }

  private void showComparison(Map<Lesson.Step, ModeResult> results) {
    comparison.getChildren().clear();
    List<String> heads = LessonHandout.comparisonHeadings();
    for (int c = 0; c < heads.size(); c++) {
      Label h = new Label(heads.get(c));
      h.getStyleClass().add("stats-header");
      comparison.add(h, c, 0);
    }
    List<List<String>> rows = LessonHandout.comparisonRows(results);
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < rows.get(r).size(); c++) {
        comparison.add(new Label(rows.get(r).get(c)), c, r + 1);
      }
    }
  }

  /** Asks for a folder and writes the handout into a folder of its own in it. */
  private void chooseAndSave() {
    javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
    chooser.setTitle(Texts.get("lesson.export"));
    java.io.File folder = chooser.showDialog(getScene().getWindow());
    if (folder != null) {
      save(folder.toPath().resolve("livedash-lesson-" + java.time.format.DateTimeFormatter
          .ofPattern("yyyyMMdd-HHmmss").format(java.time.LocalDateTime.now())));
    }
  }

  /** Writes the handout into {@code dir}, off the JavaFX thread, and says where. */
  CompletableFuture<Path> save(Path dir) {
    LessonHandout handout = new LessonHandout(lesson, feed, ZonedDateTime.now());
    return CompletableFuture.supplyAsync(() -> {
      try {
        return handout.write(dir);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }, background).whenComplete((file, error) -> Platform.runLater(() -> saved.setText(
        error == null ? Texts.get("lesson.exported", file)
            : org.livedash.i18n.Texts.get("lesson.exportFailed", error.getMessage()))));
  }

}
