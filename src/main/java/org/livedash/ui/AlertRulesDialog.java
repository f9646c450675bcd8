package org.livedash.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.livedash.i18n.Texts;
import org.livedash.model.AlertRule;
import org.livedash.model.SeriesMeta;

/**
 * Sets the alert rules of one series (from its tile's menu): the rules it has, each removable,
 * and one to add — above, below, outside a band, a change within a window, no data for a while —
 * with its hysteresis and how long the condition must hold. Kept in the feed's view; judged on
 * every update from then on. A number that does not read is refused in plain words and the
 * dialog stays open.
 */
final class AlertRulesDialog {
  private static final List<AlertRule.Kind> KINDS = List.of(AlertRule.Kind.ABOVE,
      AlertRule.Kind.BELOW, AlertRule.Kind.OUTSIDE, AlertRule.Kind.CHANGE, AlertRule.Kind.SILENCE);

  private AlertRulesDialog() {}

  /** The series' rules as the user leaves them, or empty when they cancel. */
  static Optional<List<AlertRule>> show(Window owner, SeriesMeta meta, List<AlertRule> rules) {
    ButtonType applyType = new ButtonType(Texts.get("series.apply"),
        ButtonBar.ButtonData.OK_DONE);
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle(Texts.get("rules.title"));
    dialog.setHeaderText(Texts.get("rules.header", meta.name(), meta.id()));
    dialog.getDialogPane().setId("alert-rules");
    ObservableList<AlertRule> kept = FXCollections.observableArrayList(rules);
    ListView<AlertRule> list = list(kept, meta.unit());
    Button remove = new Button(Texts.get("rules.remove"));
    remove.setId("rules-remove");
    remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
    remove.setOnAction(e -> kept.remove(list.getSelectionModel().getSelectedItem()));

    ComboBox<AlertRule.Kind> kind = kinds();
    Map<String, TextField> fields = new java.util.LinkedHashMap<>();
    for (String f : List.of("level", "low", "high", "change", "window", "hysteresis", "for")) {
      TextField t = new TextField();
      t.setId("rules-" + f);
      t.setPrefColumnCount(8);
      fields.put(f, t);
    }
    GridPane form = new GridPane();
    form.setHgap(8);
    form.setVgap(6);
    Label error = new Label();
    error.setId("rules-error");
    error.getStyleClass().add("danger-text");
    error.setWrapText(true);
    Runnable layout = () -> lay(form, kind, fields, meta.unit());
    kind.valueProperty().addListener((o, a, b) -> layout.run());
    layout.run();
    Button add = new Button(Texts.get("rules.add"));
    add.setId("rules-add");
    add.setOnAction(e -> {
      try {
        AlertRule r = rule(kind.getValue(), fields);
        if (!kept.contains(r)) {
          kept.add(r);
        }
        error.setText("");
        fields.values().forEach(TextField::clear);
      } catch (IllegalArgumentException ex) {
        error.setText(Texts.message(ex));
      }
    });
    VBox content = new VBox(8, list, new HBox(8, remove), new Label(Texts.get("rules.new")),
        form, add, error);
    content.setPrefWidth(460);
    dialog.getDialogPane().setContent(content);
    dialog.getDialogPane().getButtonTypes().addAll(applyType, DialogButtons.cancel());
    Button apply = (Button) dialog.getDialogPane().lookupButton(applyType);
    apply.setId("rules-apply");
    apply.addEventFilter(ActionEvent.ACTION, e -> {
      // A rule typed but not added yet is what the user meant to add.
      if (fields.values().stream().anyMatch(f -> !f.getText().isBlank())) {
        add.fire();
        if (!error.getText().isEmpty()) {
          e.consume();
        }
      }
    });
    Optional<ButtonType> pressed = dialog.showAndWait();
    return pressed.isPresent() && pressed.get() == applyType
        ? Optional.of(new ArrayList<>(kept)) : Optional.empty();
  }

  /** The series' rules, each in words. */
  private static ListView<AlertRule> list(ObservableList<AlertRule> kept, String unit) {
    ListView<AlertRule> list = new ListView<>(kept);
    list.setId("rules-list");
    list.setPrefHeight(130);
    list.setPlaceholder(new Label(Texts.get("rules.none")));
    list.setCellFactory(v -> new ListCell<>() {
      @Override
      protected void updateItem(AlertRule r, boolean empty) {
        super.updateItem(r, empty);
        setText(empty || r == null ? null : Texts.of(r.describe(unit)));
      }
    });
    return list;
  }

  /** What a new rule watches, in words, the first chosen. */
  private static ComboBox<AlertRule.Kind> kinds() {
    ComboBox<AlertRule.Kind> kind = new ComboBox<>(FXCollections.observableArrayList(KINDS));
    kind.setId("rules-kind");
    kind.setConverter(new javafx.util.StringConverter<>() {
      @Override
      public String toString(AlertRule.Kind k) {
        return k == null ? ""
            : Texts.get("rules.kind." + k.name().toLowerCase(java.util.Locale.ROOT));
      }

      @Override
      public AlertRule.Kind fromString(String s) {
        return null;
      }
    });
    kind.getSelectionModel().selectFirst();
    return kind;
  }

  /** The form's rows for {@code kind}: what it needs, then hysteresis and the time to hold. */
  private static void lay(GridPane form, ComboBox<AlertRule.Kind> kind,
      Map<String, TextField> fields, String unit) {
    form.getChildren().clear();
    form.addRow(0, new Label(Texts.get("rules.kind")), kind);
    List<String> needed = switch (kind.getValue()) {
      case ABOVE, BELOW -> List.of("level");
      case OUTSIDE -> List.of("low", "high");
      case CHANGE -> List.of("change", "window");
      case SILENCE -> List.of("window");
      case LEVELS -> List.of();
    };
    List<String> shown = new ArrayList<>(needed);
    if (kind.getValue() != AlertRule.Kind.SILENCE) {
      shown.addAll(List.of("hysteresis", "for"));
    }
    int row = 1;
    for (String f : shown) {
      boolean inUnit = !unit.isEmpty() && !f.equals("window") && !f.equals("for");
      Node label = new Label(Texts.get("rules.field." + f) + (inUnit ? " (" + unit + ")" : ""));
      form.addRow(row++, label, fields.get(f));
    }
  }

  /** The rule the form says; blank hysteresis and time to hold are 0. */
  private static AlertRule rule(AlertRule.Kind kind, Map<String, TextField> fields) {
    double hysteresis = orZero(fields.get("hysteresis"), "hysteresis");
    double hold = orZero(fields.get("for"), "for");
    AlertRule r = switch (kind) {
      case ABOVE -> AlertRule.above(needed(fields.get("level"), "level"));
      case BELOW -> AlertRule.below(needed(fields.get("level"), "level"));
      case OUTSIDE -> AlertRule.outside(needed(fields.get("low"), "low"),
          needed(fields.get("high"), "high"));
      case CHANGE -> AlertRule.change(needed(fields.get("change"), "change"),
          needed(fields.get("window"), "window"));
      case SILENCE -> AlertRule.silence(needed(fields.get("window"), "window"));
      case LEVELS -> AlertRule.LEVELS;
    };
    return kind == AlertRule.Kind.SILENCE ? r : r.withHysteresis(hysteresis).holdingFor(hold);
  }

  private static double needed(TextField f, String name) {
    Double v = SeriesSettingsDialog.parse(f, Texts.get("rules.field." + name));
    if (v == null) {
      throw new IllegalArgumentException(Texts.get("rules.missing",
          Texts.get("rules.field." + name).toLowerCase(Texts.locale())));
    }
    return v;
  }

  private static double orZero(TextField f, String name) {
    Double v = SeriesSettingsDialog.parse(f, Texts.get("rules.field." + name));
    return v == null ? 0 : v;
  }
}
