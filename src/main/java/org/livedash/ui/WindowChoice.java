package org.livedash.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.livedash.i18n.Texts;

/**
 * A chart's time window: a row of buttons (10 s … 24 h), or, on a pane too narrow for the row,
 * one button that opens them as a menu and says which is shown.
 */
final class WindowChoice extends HBox {
  private static final Map<String, Duration> WINDOWS = new LinkedHashMap<>();

  static {
    WINDOWS.put("10 s", Duration.ofSeconds(10));
    WINDOWS.put("1 min", Duration.ofMinutes(1));
    WINDOWS.put("5 min", Duration.ofMinutes(5));
    WINDOWS.put("15 min", Duration.ofMinutes(15));
    WINDOWS.put("1 h", Duration.ofHours(1));
    WINDOWS.put("24 h", Duration.ofDays(1));
  }

  private final HBox row = new HBox();
  private final List<ToggleButton> toggles = new ArrayList<>();
  private final MenuButton compact = new MenuButton();
  private final ToggleGroup menuGroup = new ToggleGroup();
  /** The same choice in the chart's ⋮ menu, for a pane too narrow for even the one button. */
  private final javafx.scene.control.Menu inMenu = new javafx.scene.control.Menu(
      Texts.get("chart.window.menuItem"));
  private final ToggleGroup inMenuGroup = new ToggleGroup();

  /** Shows {@code shown} chosen; {@code onChoice} is told what the user chooses. */
  WindowChoice(String key, Duration shown, Consumer<Duration> onChoice) {
    ToggleGroup group = new ToggleGroup();
    int n = 1;
    for (Map.Entry<String, Duration> e : WINDOWS.entrySet()) {
      ToggleButton b = new ToggleButton(e.getKey());
      b.setToggleGroup(group);
      b.getStyleClass().add("small");
      b.setTooltip(new Tooltip(Texts.get("chart.window.tip", e.getKey(), n++)));
      b.setUserData(e.getValue());
      b.setOnAction(a -> onChoice.accept(e.getValue()));
      toggles.add(b);
      row.getChildren().add(b);
      compact.getItems().add(item(e.getKey(), e.getValue(), menuGroup, onChoice));
      inMenu.getItems().add(item(e.getKey(), e.getValue(), inMenuGroup, onChoice));
    }
    inMenu.setId(key + "-window-menu");
    compact.setId(key + "-window");
    compact.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    compact.getStyleClass().add("small");
    compact.setTooltip(new Tooltip(Texts.get("chart.window.menu")));
    getChildren().addAll(row, compact);
    setNarrow(false);
    show(shown);
  }

  private static RadioMenuItem item(String label, Duration window, ToggleGroup group,
      Consumer<Duration> onChoice) {
    RadioMenuItem item = new RadioMenuItem(label);
    item.setToggleGroup(group);
    item.setUserData(window);
    item.setOnAction(a -> onChoice.accept(window));
    return item;
  }

  /** The preset windows, shortest first. */
  static List<Duration> windows() {
    return List.copyOf(WINDOWS.values());
  }

  /** Marks {@code window} as the one shown. */
  void show(Duration window) {
    for (ToggleButton b : toggles) {
      b.setSelected(window.equals(b.getUserData()));
    }
    compact.setText(null);
    inMenuGroup.getToggles().forEach(t -> t.setSelected(window.equals(t.getUserData())));
    menuGroup.getToggles().forEach(t -> {
      boolean on = window.equals(t.getUserData());
      t.setSelected(on);
      if (on) {
        compact.setText(((RadioMenuItem) t).getText());
      }
    });
    if (compact.getText() == null) {
      compact.setText(org.livedash.ui.chart.Formats.duration(window.toMillis() / 1000.0));
    }
  }

  /** The row's width, shown or not: what a header needs to show it. */
  double rowWidth() {
    return row.prefWidth(-1);
  }

  /** The one button's width: what a header needs to show it in place of the row. */
  double buttonWidth() {
    return compact.prefWidth(-1);
  }

  /** The choice as an item of the chart's ⋮ menu. */
  javafx.scene.control.Menu menu() {
    return inMenu;
  }

  /** The one button in place of the row ({@code narrow}), or the row. */
  void setNarrow(boolean narrow) {
    row.setVisible(!narrow);
    row.setManaged(!narrow);
    compact.setVisible(narrow);
    compact.setManaged(narrow);
  }
}
