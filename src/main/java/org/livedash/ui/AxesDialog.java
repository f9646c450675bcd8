package org.livedash.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.livedash.i18n.Texts;
import org.livedash.ui.chart.SeriesAxis;

/**
 * Asks where each series of a chart is drawn — with its unit against the left axis, against a
 * right axis over the top lane, in a lane of its own, or as its % change — and what each unit's
 * axis says beside its unit ("Boiler (°C)").
 */
final class AxesDialog {
  /** The axes chosen by series id (those left with their unit not in it), titles by unit. */
  record Chosen(Map<String, SeriesAxis> axes, Map<String, String> titles) { }

  private AxesDialog() {}

  /**
   * The axes chosen for {@code ids} (named by {@code nameOf}), starting from {@code now}; those
   * left with their unit are not in it. Empty when cancelled.
   */
  static Optional<Chosen> ask(Window owner, List<String> ids, Function<String, String> nameOf,
      Map<String, String> units, Map<String, SeriesAxis> now, Map<String, String> titles) {
    ButtonType ok = DialogButtons.ok();
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle(Texts.get("axes.title"));
    dialog.getDialogPane().setId("axes-dialog");
    GridPane form = new GridPane();
    form.setHgap(12);
    form.setVgap(8);
    Label explain = new Label(Texts.get("axes.explain"));
    explain.setWrapText(true);
    explain.setMaxWidth(460);
    form.add(explain, 0, 0, 2, 1);
    Map<String, ChoiceBox<SeriesAxis>> choices = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      ChoiceBox<SeriesAxis> axis = new ChoiceBox<>();
      axis.getItems().setAll(SeriesAxis.values());
      axis.setConverter(new StringConverter<>() {
        @Override
        public String toString(SeriesAxis a) {
          return a == null ? "" : Texts.get("axes." + a.key());
        }

        @Override
        public SeriesAxis fromString(String s) {
          return null;
        }
      });
      axis.setValue(now.getOrDefault(id, SeriesAxis.UNIT));
      axis.setId("axis-" + id);
      choices.put(id, axis);
      form.addRow(i + 1, new Label(nameOf.apply(id)), axis);
    }
    if (ids.isEmpty()) {
      form.add(new Label(Texts.get("chart.pick")), 0, 1, 2, 1);
    }
    Map<String, javafx.scene.control.TextField> named = new java.util.TreeMap<>();
    int row = ids.size() + 2;
    for (String id : ids) {
      String unit = units.getOrDefault(id, "");
      if (!unit.isEmpty() && !named.containsKey(unit)) {
        javafx.scene.control.TextField title = new javafx.scene.control.TextField(
            titles.getOrDefault(unit, ""));
        title.setId("axis-title-" + unit);
        title.setPromptText(Texts.get("axes.titlePrompt"));
        named.put(unit, title);
        form.addRow(row++, new Label(Texts.get("axes.titleOf", unit)), title);
      }
    }
    dialog.getDialogPane().setContent(form);
    dialog.getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel());
    Optional<ButtonType> answer = dialog.showAndWait();
    if (answer.isEmpty() || answer.get() != ok) {
      return Optional.empty();
    }
    Map<String, SeriesAxis> chosen = new HashMap<>();
    choices.forEach((id, box) -> {
      if (box.getValue() != SeriesAxis.UNIT) {
        chosen.put(id, box.getValue());
      }
    });
    // The titles of units not plotted now are kept for when they are again.
    Map<String, String> kept = new java.util.TreeMap<>(titles);
    named.forEach((unit, field) -> {
      if (field.getText().isBlank()) {
        kept.remove(unit);
      } else {
        kept.put(unit, field.getText().strip());
      }
    });
    return Optional.of(new Chosen(chosen, kept));
  }
}
