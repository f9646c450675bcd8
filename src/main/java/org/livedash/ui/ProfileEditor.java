package org.livedash.ui;

import org.livedash.model.Reason;
import org.livedash.i18n.Texts;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
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
  /** Made with the editor, in the language in use then. */
  private final ButtonType save = new ButtonType(Texts.get("editor.save"),
      ButtonBar.ButtonData.APPLY);
  private final ButtonType saveAndConnect = new ButtonType(Texts.get("editor.saveConnect"),
      ButtonBar.ButtonData.OK_DONE);

  /** The profile and whether to connect with it. */
  record Outcome(Profile profile, boolean connect) {}

  private final ProfileEditorModel model;
  private final Executor background;
  private final Function<Profile, CompletableFuture<List<String>>> sampler;
  private final Dialog<ButtonType> dialog = new Dialog<>();
  private final Label problems = new Label();
  private final Label times = new Label();
  private final TableView<MappingPreview.Row> table = previewTable();
  private final PauseTransition settle = new PauseTransition(Duration.millis(150));
  /** What is wrong with each field, shown just under it. */
  private final java.util.Map<ProfileEditorModel.Field, Label> fieldProblems =
      new java.util.EnumMap<>(ProfileEditorModel.Field.class);
  private Outcome outcome;

  private ProfileEditor(ProfileEditorModel model, Executor background,
      Function<Profile, CompletableFuture<List<String>>> sampler) {
    this.model = model;
    this.background = background;
    this.sampler = sampler;
  }

  /**
   * The profile and whether to connect with it, or empty when cancelled; {@code header} says
   * why the editor opened (null: what it is for).
   */
  static Optional<Outcome> show(Window owner, ProfileEditorModel model, String header,
      String captured, Executor background,
      Function<Profile, CompletableFuture<List<String>>> sampler) {
    ProfileEditor editor = new ProfileEditor(model, background, sampler);
    editor.dialog.initOwner(owner);
    return editor.open(header == null ? Texts.get("editor.header") : header, captured);
  }

  private Optional<Outcome> open(String header, String captured) {
    dialog.setTitle(Texts.get("connect.profile"));
    dialog.setHeaderText(header);
    dialog.getDialogPane().setId("profile-editor");
    dialog.setResizable(true);
    problems.setId("editor-problems");
    // What the samples give (unmatched, rejected values) is about the data: amber, not red.
    problems.getStyleClass().add("warning-text");
    problems.setWrapText(true);
    times.setId("editor-times");
    times.getStyleClass().add("muted");
    settle.setOnFinished(e -> refreshPreview());
    model.mappingProperty().addListener((o, a, b) -> settle.playFromStart());
    model.sampleProperty().addListener((o, a, b) -> settle.playFromStart());
    settle.playFromStart();

    VBox content = new VBox(10, form(), new HBox(12, mappingPane(), samplePane(captured)));
    content.setPadding(new Insets(4));
    dialog.getDialogPane().setContent(content);
    ButtonType cancel = DialogButtons.cancel();
    dialog.getDialogPane().getButtonTypes().addAll(saveAndConnect, save, cancel);
    WindowSize.fitDialog(dialog.getDialogPane(), 1060, 700, 160);
    keepOn(save, "editor-save");
    keepOn(saveAndConnect, "editor-save-connect");
    Optional<ButtonType> pressed = dialog.showAndWait();
    return pressed.isPresent() && pressed.get() != cancel && outcome != null
        ? Optional.of(outcome) : Optional.empty();
  }

  /** The button closes the editor only with a profile that checks; else it says why. */
  private void keepOn(ButtonType type, String id) {
    Button b = (Button) dialog.getDialogPane().lookupButton(type);
    b.setId(id);
    // Its words whole ("Guardar y conectar"), not the width of the others.
    javafx.scene.control.ButtonBar.setButtonUniformSize(b, false);
    b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    b.addEventFilter(ActionEvent.ACTION, e -> {
      try {
        clearFieldProblems();
        outcome = new Outcome(model.build(), type == saveAndConnect);
      } catch (IllegalArgumentException ex) {
        tell(ex);
        e.consume();
      }
    });
  }

  private void refreshPreview() {
    CompletableFuture.supplyAsync(model::computePreview, background)
        .thenAccept(r -> Platform.runLater(() -> {
          model.showPreview(r);
          table.getItems().setAll(r.rows());
          clearFieldProblems();
          java.util.List<Reason> rest = new java.util.ArrayList<>(r.problems());
          // The mapping's own problem and the sample's go under their fields.
          if (r.mappingProblem() != null) {
            fieldProblems.get(ProfileEditorModel.Field.MAPPING)
                .setText(Texts.of(r.mappingProblem()));
            rest.clear();
          }
          if (!r.sampleProblems().isEmpty()) {
            fieldProblems.get(ProfileEditorModel.Field.SAMPLE)
                .setText(Texts.lines(r.sampleProblems()));
            rest.removeAll(r.sampleProblems());
          }
          problems.setText(Texts.lines(rest));
          times.setText(r.rows().isEmpty() ? "" : r.messageTime()
              ? Texts.get("editor.times.own") : Texts.get("editor.times.arrival"));
        })).exceptionally(ex -> {
          Platform.runLater(() -> problems.setText(Texts.get("editor.previewFailed",
              Texts.message(ex))));
          return null;
        });
  }

  private GridPane form() {
    TextField name = field("editor-name", model.nameProperty());
    TextField url = field("editor-url", model.urlProperty());
    url.setPromptText("wss://example.org/stream?streams={symbols|lower|join=/|raw}");
    TextField symbols = field("editor-symbols", model.symbolsProperty());
    symbols.setPromptText("BTCUSDT, ETHUSDT");
    ChoiceBox<String> kind = new ChoiceBox<>();
    kind.setId("editor-kind");
    kind.getItems().addAll("stock", "sensor");
    kind.valueProperty().bindBidirectional(model.kindProperty());
    TextArea subscribe = area("editor-subscribe", model.subscribeProperty(), 2);
    subscribe.setPromptText(Texts.get("editor.subscribePrompt"));
    GridPane form = new GridPane();
    form.setHgap(8);
    form.setVgap(6);
    javafx.scene.Node address = withProblem(url, ProfileEditorModel.Field.ADDRESS);
    javafx.scene.Node opening = withProblem(subscribe, ProfileEditorModel.Field.SUBSCRIBE);
    form.addRow(0, new Label(Texts.get("series.name")),
        withProblem(name, ProfileEditorModel.Field.NAME),
        new Label(Texts.get("editor.kind")), kind);
    form.addRow(1, new Label(Texts.get("editor.address")), address);
    form.addRow(2, new Label(Texts.get("connect.symbols")), symbols);
    form.addRow(3, new Label(Texts.get("editor.opening")), opening);
    javafx.scene.Node keepAlive = keepAlive();
    form.addRow(4, new Label(Texts.get("editor.ping")), keepAlive);
    for (javafx.scene.Node wide : new javafx.scene.Node[] {address, symbols, opening,
        keepAlive}) {
      GridPane.setColumnSpan(wide, 3);
    }
    javafx.scene.layout.ColumnConstraints grow = new javafx.scene.layout.ColumnConstraints();
    grow.setHgrow(Priority.ALWAYS);
    form.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(), grow);
    return form;
  }

  /**
   * The application ping (a message sent every so many seconds) and the silence after which
   * the link is presumed dead and opened again.
   */
  private HBox keepAlive() {
    TextField ping = field("editor-ping", model.pingProperty());
    ping.setPromptText("{\"op\":\"ping\"}");
    TextField every = field("editor-ping-every", model.pingEveryProperty());
    every.setPrefColumnCount(3);
    TextField silence = field("editor-silence", model.silenceProperty());
    silence.setPrefColumnCount(3);
    silence.setPromptText(String.valueOf(Profile.DEFAULT_SILENCE_SECONDS));
    HBox.setHgrow(ping, Priority.ALWAYS);
    HBox pingRow = new HBox(6, ping, new Label(Texts.get("editor.pingEvery")), every,
        new Label("s"));
    pingRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    HBox silenceRow = new HBox(6, new Label(Texts.get("editor.silence")), silence,
        new Label("s"));
    silenceRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    VBox pinging = withProblem(pingRow, ProfileEditorModel.Field.PING);
    HBox.setHgrow(pinging, Priority.ALWAYS);
    return new HBox(16, pinging, withProblem(silenceRow, ProfileEditorModel.Field.SILENCE));
  }

  private VBox mappingPane() {
    TextArea mapping = area("editor-mapping", model.mappingProperty(), 12);
    mapping.setPromptText(Texts.get("editor.mappingPrompt"));
    mapping.setWrapText(true);
    VBox left = new VBox(6, new Label(Texts.get("editor.mapping")), mapping,
        problemLabel(ProfileEditorModel.Field.MAPPING));
    VBox.setVgrow(mapping, Priority.ALWAYS);
    HBox.setHgrow(left, Priority.ALWAYS);
    left.setPrefWidth(430);
    return left;
  }

  private VBox samplePane(String captured) {
    TextArea sample = area("editor-sample", model.sampleProperty(), 5);
    sample.setPromptText(Texts.get("editor.samplePrompt"));
    sample.setWrapText(true);
    Button infer = new Button(Texts.get("editor.infer"));
    infer.setTooltip(new javafx.scene.control.Tooltip(Texts.get("editor.infer.tip")));
    infer.setId("editor-infer");
    infer.setOnAction(e -> {
      try {
        clearFieldProblems();
        model.infer();
      } catch (IllegalArgumentException ex) {
        tell(ex);
      }
    });
    Button capture = new Button(Texts.get("editor.capture"));
    capture.setTooltip(new javafx.scene.control.Tooltip(Texts.get("editor.capture.tip")));
    capture.setId("editor-capture");
    capture.setDisable(captured == null || captured.isBlank());
    capture.setOnAction(e -> model.sampleProperty().set(captured));
    Button live = new Button(Texts.get("editor.live"));
    live.setTooltip(new javafx.scene.control.Tooltip(Texts.get("editor.live.tip")));
    live.setId("editor-sample-live");
    live.setOnAction(e -> takeSamples(live));
    VBox right = new VBox(6, new Label(Texts.get("editor.samples")), sample,
        problemLabel(ProfileEditorModel.Field.SAMPLE),
        new HBox(8, infer, live, capture),
        new Label(Texts.get("editor.result")), table, times, problems);
    VBox.setVgrow(table, Priority.ALWAYS);
    HBox.setHgrow(right, Priority.ALWAYS);
    right.setPrefWidth(520);
    return right;
  }

  /** Opens the address as written, and puts its first messages in the samples. */
  private void takeSamples(Button live) {
    Profile p;
    try {
      p = model.forSampling();
    } catch (IllegalArgumentException ex) {
      tell(ex);
      return;
    }
    live.setDisable(true);
    problems.setText(Texts.get("editor.listening", p.url()));
    sampler.apply(p).whenComplete((messages, error) -> Platform.runLater(() -> {
      live.setDisable(false);
      if (error != null) {
        Throwable cause = error.getCause() != null ? error.getCause() : error;
        problems.setText(Texts.get("editor.noSample", cause.getMessage()));
      } else {
        model.sampleProperty().set(String.join("\n", messages));
      }
    }));
  }

  /** Says what is wrong beside the field it is about, or under the preview. */
  private void tell(IllegalArgumentException e) {
    if (e instanceof ProfileEditorModel.FieldProblems all) {
      all.problems().forEach(f -> fieldProblems.get(f.field()).setText(f.getMessage()));
    } else if (e instanceof ProfileEditorModel.FieldProblem f) {
      fieldProblems.get(f.field()).setText(f.getMessage());
    } else {
      problems.setText(Texts.message(e));
    }
  }

  private void clearFieldProblems() {
    fieldProblems.values().forEach(l -> l.setText(""));
  }

  private Label problemLabel(ProfileEditorModel.Field field) {
    Label l = new Label();
    l.setId("editor-problem-" + field.name().toLowerCase(java.util.Locale.ROOT));
    l.getStyleClass().add("danger-text");
    l.setWrapText(true);
    // Takes room only while it says something.
    l.managedProperty().bind(l.textProperty().isNotEmpty());
    l.visibleProperty().bind(l.textProperty().isNotEmpty());
    fieldProblems.put(field, l);
    return l;
  }

  private VBox withProblem(javafx.scene.Node field, ProfileEditorModel.Field which) {
    return new VBox(2, field, problemLabel(which));
  }

  private static TableView<MappingPreview.Row> previewTable() {
    TableView<MappingPreview.Row> t = new TableView<>();
    t.setId("editor-preview");
    t.setPlaceholder(new Label(Texts.get("editor.noUpdates")));
    t.getColumns().add(column(Texts.get("chart.series"), MappingPreview.Row::series, 130));
    t.getColumns().add(column(Texts.get("editor.col.time"), MappingPreview.Row::time, 250));
    t.getColumns().add(column(Texts.get("editor.col.value"), MappingPreview.Row::value, 85));
    t.getColumns().add(column(Texts.get("editor.col.seq"),
        r -> r.seq() + (r.perSeries() ? Texts.get("preview.perSeries") : ""), 60));
    t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    t.setPrefHeight(200);
    return t;
  }

  private static TableColumn<MappingPreview.Row, String> column(String title,
      java.util.function.Function<MappingPreview.Row, String> value, double width) {
    TableColumn<MappingPreview.Row, String> c = new TableColumn<>(title);
    c.setCellValueFactory(r -> new ReadOnlyStringWrapper(value.apply(r.getValue())));
    c.setPrefWidth(width);
    return c;
  }

  private static TextField field(String id, StringProperty p) {
    TextField f = new TextField();
    f.setId(id);
    f.textProperty().bindBidirectional(p);
    return f;
  }

  private static TextArea area(String id, StringProperty p, int rows) {
    TextArea a = new TextArea();
    a.setId(id);
    a.setPrefRowCount(rows);
    a.getStyleClass().add("code-area");
    a.textProperty().bindBidirectional(p);
    return a;
  }
}
