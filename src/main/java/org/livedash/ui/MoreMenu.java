package org.livedash.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.livedash.i18n.Texts;

/**
 * The bar's ⋯ menu, always there: what has no button of its own (open a recording, the
 * settings), then what the bar's buttons do, shown only while a narrow window hides them.
 */
final class MoreMenu extends MenuButton {
  private final MenuItem openRecording = new MenuItem(Texts.get("replay.open"),
      new FontIcon(Feather.FILM));
  private final MenuItem addFeed = new MenuItem(Texts.get("feeds.addMenu"),
      new FontIcon(Feather.PLUS_SQUARE));
  private final MenuItem derived = new MenuItem(Texts.get("derive.menu"),
      new FontIcon(Feather.PERCENT));
  private final javafx.scene.control.CheckMenuItem xy = new javafx.scene.control.CheckMenuItem(
      Texts.get("xy.menu"), new FontIcon(Feather.CROSSHAIR));
  private final MenuItem saveLayout = new MenuItem(Texts.get("layout.save"),
      new FontIcon(Feather.SAVE));
  private final MenuItem openLayout = new MenuItem(Texts.get("layout.open"),
      new FontIcon(Feather.FOLDER));
  private final MenuItem settings = new MenuItem(Texts.get("settings.open"),
      new FontIcon(Feather.SETTINGS));
  private final SeparatorMenuItem apart = new SeparatorMenuItem();
  private final List<MenuItem> mirrored = new ArrayList<>();

  MoreMenu() {
    super(null, new FontIcon(Feather.MORE_HORIZONTAL));
    setId("more-menu");
    setTooltip(new Tooltip(Texts.get("bar.more.tip")));
    getStyleClass().addAll("flat", "no-arrow");
    setMinWidth(Region.USE_PREF_SIZE);
    openRecording.setId("open-recording");
    settings.setId("open-settings");
    addFeed.setId("add-feed");
    // Until the application says which feeds run beside the first.
    addFeed.setDisable(true);
    derived.setId("open-derived");
    derived.setDisable(true);
    xy.setId("show-xy");
    saveLayout.setId("save-layout");
    openLayout.setId("open-layout");
    saveLayout.setDisable(true);
    openLayout.setDisable(true);
    // Until the application says where the settings are kept.
    settings.setDisable(true);
    getItems().addAll(addFeed, derived, xy, saveLayout, openLayout, openRecording, settings,
        apart);
  }

  /** Adds items that do what a button of the bar does. */
  void mirror(List<MenuItem> items) {
    mirrored.addAll(items);
    getItems().addAll(items);
  }

  /** Shows the mirrored items, while their buttons are hidden, or hides them. */
  void showMirrored(boolean shown) {
    apart.setVisible(shown);
    mirrored.forEach(i -> i.setVisible(shown));
  }

  /** Adds a feed beside the ones shown. */
  MenuItem addFeed() {
    return addFeed;
  }

  /** Opens the derived series. */
  MenuItem derived() {
    return derived;
  }

  /** Shows the X–Y pane, or hides it. */
  javafx.scene.control.CheckMenuItem xy() {
    return xy;
  }

  MenuItem saveLayout() {
    return saveLayout;
  }

  MenuItem openLayout() {
    return openLayout;
  }

  MenuItem openRecording() {
    return openRecording;
  }

  /** Opens the settings dialog on {@code preferences}, telling {@code desktopProblem} in it. */
  void usePreferences(Preferences preferences,
      java.util.function.Supplier<org.livedash.model.Reason> desktopProblem) {
    settings.setOnAction(e -> SettingsDialog.show(getScene().getWindow(), preferences,
        desktopProblem));
    settings.setDisable(false);
  }
}
