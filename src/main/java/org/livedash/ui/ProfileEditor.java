package org.livedash.ui;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.livedash.feed.mapping.MappingPreview;
import org.livedash.feed.profile.Profile;

/**
 * Makes or changes a profile: where the feed is, what to send, and the mapping, with sample
 * messages (pasted, or the feed's own unmatched ones) mapped at once into a table of the
 * series, times, values and sequence numbers they give, and what is wrong in plain words beside
 * it. A first mapping can be inferred from a sample. The preview is computed off the JavaFX
 * thread, a moment after the last keystroke.
 */
final class ProfileEditor {
  /** The two ways out that keep the profile. */
  static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.APPLY);
  static final ButtonType SAVE_AND_CONNECT = new ButtonType("Save and connect",
      ButtonBar.ButtonData.OK_DONE);

  private ProfileEditor() {}

  /** The profile and whether to connect with it, or empty when cancelled. */
  record Outcome(Profile profile, boolean connect) {}

  static Optional<Outcome> show(Window owner, ProfileEditorModel model, String captured,
      Executor background) {
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle("Profile");
    dialog.setHeaderText("Where the feed is, what to send, and how its messages become series");
    dialog.getDialogPane().setId("profile-editor");
    dialog.setResizable(true);

    TextField name = field("editor-name", model.nameProperty());
    TextField url = field("editor-url", model.urlProperty());
    url.setPromptText("wss://example.org/stream?streams={symbols|lower|join=/|raw}");
    TextField symbols = field("editor-symbols", model.symbolsProperty());
    symbols.setPromptText("BTCUSDT, ETHUSDT");
    ChoiceBox<String> kind = new ChoiceBox<>();
    kind.getItems().addAll("stock", "sensor");
    kind.valueProperty().bindBidirectional(model.kindProperty());
    TextArea subscribe = area("editor-subscribe", model.subscribeProperty(), 2);
    subscribe.setPromptText("Messages to send once connected, one per line");
    TextArea mapping = area("editor-mapping", model.mappingProperty(), 12);
    TextArea sample = area("editor-sample", model.sampleProperty(), 5);
    sample.setPromptText("Paste a message from the feed (or several, one per line)");

    Label problems = new Label();
    problems.setId("editor-problems");
    problems.getStyleClass().add("danger-text");
    problems.setWrapText(true);
    Label times = new Label();
    times.setId("editor-times");
    times.getStyleClass().add("muted");
    TableView<MappingPreview.Row> table = previewTable();

    Button infer = new Button("Infer mapping from the sample");
    infer.setId("editor-infer");
    infer.setOnAction(e -> {
      try {
        model.infer();
      } catch (IllegalArgumentException ex) {
        problems.setText(ex.getMessage());
      }
    });
    Button capture = new Button("Use the feed's unmatched messages");
    capture.setId("editor-capture");
    capture.setDisable(captured == null || captured.isBlank());
    capture.setOnAction(e -> model.sampleProperty().set(captured));

    PauseTransition settle = new PauseTransition(Duration.millis(150));
    settle.setOnFinished(e -> CompletableFuture.supplyAsync(model::computePreview, background)
        .thenAccept(r -> Platform.runLater(() -> {
          model.showPreview(r);
          table.getItems().setAll(r.rows());
          problems.setText(String.join("\n", r.problems()));
          times.setText(r.rows().isEmpty() ? "" : r.messageTime()
              ? "Times: each message's own" : "Times: when each message arrives");
        })).exceptionally(ex -> {
          Platform.runLater(() -> problems.setText("the preview failed: " + ex.getMessage()));
          return null;
        }));
    model.mappingProperty().addListener((o, a, b) -> settle.playFromStart());
    model.sampleProperty().addListener((o, a, b) -> settle.playFromStart());
    settle.playFromStart();

    GridPane form = new GridPane();
    form.setHgap(8);
    form.setVgap(6);
    form.addRow(0, new Label("Name"), name, new Label("Kind"), kind);
    form.addRow(1, new Label("Address"), url);
    GridPane.setColumnSpan(url, 3);
    form.addRow(2, new Label("Symbols"), symbols);
    GridPane.setColumnSpan(symbols, 3);
    form.addRow(3, new Label("Send on opening"), subscribe);
    GridPane.setColumnSpan(subscribe, 3);
    GridPane.setHgrow(url, Priority.ALWAYS);
    VBox left = new VBox(6, new Label("Mapping (JSON: see docs/mapping.md)"), mapping);
    VBox right = new VBox(6, new Label("Sample messages"), sample, new HBox(8, infer, capture),
        new Label("What the mapping makes of them"), table, times, problems);
    VBox.setVgrow(mapping, Priority.ALWAYS);
    VBox.setVgrow(table, Priority.ALWAYS);
    HBox.setHgrow(left, Priority.ALWAYS);
    HBox.setHgrow(right, Priority.ALWAYS);
    left.setPrefWidth(430);
    right.setPrefWidth(520);
    VBox content = new VBox(10, form, new HBox(12, left, right));
    content.setPadding(new Insets(4));
    dialog.getDialogPane().setContent(content);
    dialog.getDialogPane().getButtonTypes().addAll(SAVE_AND_CONNECT, SAVE, ButtonType.CANCEL);
    dialog.getDialogPane().setPrefSize(1000, 680);

    Outcome[] outcome = new Outcome[1];
    for (ButtonType keep : new ButtonType[] {SAVE, SAVE_AND_CONNECT}) {
      Button b = (Button) dialog.getDialogPane().lookupButton(keep);
      b.setId(keep == SAVE ? "editor-save" : "editor-save-connect");
      b.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
        try {
          outcome[0] = new Outcome(model.build(), keep == SAVE_AND_CONNECT);
        } catch (IllegalArgumentException ex) {
          problems.setText(ex.getMessage());
          e.consume();
        }
      });
    }
    Optional<ButtonType> pressed = dialog.showAndWait();
    return pressed.isPresent() && pressed.get() != ButtonType.CANCEL && outcome[0] != null
        ? Optional.of(outcome[0]) : Optional.empty();
  }

  private static TableView<MappingPreview.Row> previewTable() {
    TableView<MappingPreview.Row> table = new TableView<>();
    table.setId("editor-preview");
    table.setPlaceholder(new Label("No updates yet"));
    table.getColumns().add(column("Series", MappingPreview.Row::series, 150));
    table.getColumns().add(column("Time (UTC)", MappingPreview.Row::time, 190));
    table.getColumns().add(column("Value", MappingPreview.Row::value, 100));
    table.getColumns().add(column("Seq", MappingPreview.Row::seq, 90));
    table.setPrefHeight(200);
    return table;
  }

  private static TableColumn<MappingPreview.Row, String> column(String title,
      java.util.function.Function<MappingPreview.Row, String> value, double width) {
    TableColumn<MappingPreview.Row, String> c = new TableColumn<>(title);
    c.setCellValueFactory(r -> new ReadOnlyStringWrapper(value.apply(r.getValue())));
    c.setPrefWidth(width);
    return c;
  }

  private static TextField field(String id, javafx.beans.property.StringProperty p) {
    TextField f = new TextField();
    f.setId(id);
    f.textProperty().bindBidirectional(p);
    return f;
  }

  private static TextArea area(String id, javafx.beans.property.StringProperty p, int rows) {
    TextArea a = new TextArea();
    a.setId(id);
    a.setPrefRowCount(rows);
    a.setStyle("-fx-font-family: monospace;");
    a.textProperty().bindBidirectional(p);
    return a;
  }
}
