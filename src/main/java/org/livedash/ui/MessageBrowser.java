package org.livedash.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.livedash.feed.mapping.MessageShapes;
import org.livedash.feed.profile.Profile;
import org.livedash.i18n.Texts;
import org.livedash.ui.chart.Formats;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The message browser: the feed's messages grouped by shape, each field with its last value,
 * rate and count, as PlotJuggler and MQTT Explorer show them. A click on a number plots it for
 * every instrument the messages name, no mapping written by hand; acknowledgements and
 * heartbeats are shown apart, with nothing to plot. Refreshed from the census a few times a
 * second, in place, so what the user has open stays open.
 */
final class MessageBrowser extends VBox {
  static final double WIDTH = 380;

  /** One line of the tree: a shape (field null) or one of its fields. */
  record Line(MessageShapes.ShapeView shape, MessageShapes.FieldView field) {}

  private final FeedControl control;
  private final TreeTableView<Line> tree = new TreeTableView<>();
  private final TreeItem<Line> root = new TreeItem<>();
  private final Map<String, TreeItem<Line>> items = new HashMap<>();
  private final Label hint = new Label(Texts.get("browser.hint"));
  private final Label outcome = new Label();
  private final Button save = new Button(Texts.get("browser.save"), new FontIcon(Feather.SAVE));
  private long shownVersion = -1;

  /**
   * @param onSave saves the profile as it now stands (its mapping as clicked)
   */
  MessageBrowser(FeedControl control, Consumer<Profile> onSave) {
    this.control = control;
    setId("message-browser");
    getStyleClass().add("message-browser");
    setPrefWidth(WIDTH);
    setMinWidth(Region.USE_PREF_SIZE);
    setMaxWidth(Region.USE_PREF_SIZE);
    Label title = new Label(Texts.get("browser.title"));
    title.getStyleClass().add("stats-header");
    hint.setWrapText(true);
    hint.getStyleClass().add("muted");
    outcome.setId("browser-outcome");
    outcome.setWrapText(true);
    outcome.managedProperty().bind(outcome.textProperty().isNotEmpty());
    save.setId("browser-save");
    save.setTooltip(new javafx.scene.control.Tooltip(Texts.get("browser.save.tip")));
    save.setOnAction(e -> {
      Profile p = control.currentProfile();
      if (p != null) {
        onSave.accept(p);
      }
    });
    tree.setId("browser-tree");
    tree.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
    tree.setRoot(root);
    tree.setShowRoot(false);
    tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    tree.setPlaceholder(new Label(Texts.get("browser.empty")));
    tree.getColumns().addAll(List.of(nameColumn(),
        column(Texts.get("browser.last"), 84, l -> l.field() == null ? "" : l.field().last()),
        column(Texts.get("browser.rate"), 50, l -> Formats.rate(
            l.field() == null ? l.shape().rate() : l.field().rate())),
        column(Texts.get("browser.count"), 62, l -> Formats.count(
            l.field() == null ? l.shape().count() : l.field().count()))));
    tree.setRowFactory(t -> row());
    tree.setOnKeyPressed(e -> {
      TreeItem<Line> chosen = tree.getSelectionModel().getSelectedItem();
      if (e.getCode() == KeyCode.ENTER && chosen != null) {
        plot(chosen.getValue());
        e.consume();
      }
    });
    VBox.setVgrow(tree, Priority.ALWAYS);
    HBox actions = new HBox(8, save);
    setSpacing(8);
    setPadding(new Insets(12));
    getChildren().addAll(title, hint, tree, outcome, actions);
  }

  /** Shows the census as it stands, if it changed; called a few times a second while shown. */
  void refresh(long nowMicros) {
    MessageShapes shapes = control.messageShapes();
    save.setDisable(control.currentProfile() == null || shapes == null);
    if (shapes == null) {
      root.getChildren().clear();
      items.clear();
      shownVersion = -1;
      return;
    }
    long version = shapes.version();
    if (version == shownVersion) {
      return;
    }
    shownVersion = version;
    List<MessageShapes.ShapeView> all = shapes.snapshot(nowMicros);
    java.util.Set<String> present = new java.util.HashSet<>();
    int at = 0;
    for (MessageShapes.ShapeView s : all) {
      TreeItem<Line> shapeItem = item(s.key(), new Line(s, null), root, at++);
      shapeItem.setExpanded(shapeItem.isExpanded() || s.hasNumbers() && at <= 3);
      present.add(s.key());
      int f = 0;
      for (MessageShapes.FieldView field : s.fields()) {
        String key = s.key() + "\u0000" + field.path().key();
        item(key, new Line(s, field), shapeItem, f++);
        present.add(key);
      }
    }
    items.keySet().removeIf(k -> {
      if (present.contains(k)) {
        return false;
      }
      TreeItem<Line> gone = items.get(k);
      if (gone.getParent() != null) {
        gone.getParent().getChildren().remove(gone);
      }
      return true;
    });
  }

  /** The item for {@code key} under {@code parent}, at position {@code at}, showing a line. */
  private TreeItem<Line> item(String key, Line line, TreeItem<Line> parent, int at) {
    TreeItem<Line> item = items.get(key);
    if (item == null) {
      item = new TreeItem<>(line);
      items.put(key, item);
      parent.getChildren().add(Math.min(at, parent.getChildren().size()), item);
    } else {
      item.setValue(line);
      int now = parent.getChildren().indexOf(item);
      if (now != at && at < parent.getChildren().size()) {
        parent.getChildren().remove(item);
        parent.getChildren().add(Math.min(at, parent.getChildren().size()), item);
      }
    }
    return item;
  }

  /** Where the series of the number dragged last goes once shown ({@link #takeDestination}). */
  private java.util.function.Consumer<org.livedash.model.SeriesMeta> destination;

  /** The pane the number dragged last was dropped on, once; null when none waits. */
  java.util.function.Consumer<org.livedash.model.SeriesMeta> takeDestination() {
    java.util.function.Consumer<org.livedash.model.SeriesMeta> d = destination;
    destination = null;
    return d;
  }

  /** Plots a clicked number; says in a line what became of it. */
  void plot(Line line) {
    if (line == null || line.field() == null || !line.field().number()) {
      return;
    }
    outcome.getStyleClass().remove("danger-text");
    // A broker's field is named with its topic.
    String what = line.shape().topic() == null ? line.field().path().toString()
        : line.shape().topic() + " › " + line.field().path();
    outcome.setText(Texts.get("browser.plotting", what));
    control.plot(line.shape(), line.field().path()).whenComplete((p, e) ->
        javafx.application.Platform.runLater(() -> {
          if (e != null) {
            // Nothing comes of it: the next number clicked goes to its chart, not that pane.
            destination = null;
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            outcome.getStyleClass().add("danger-text");
            outcome.setText(Texts.get("browser.cannot", cause.getMessage()));
          } else {
            outcome.setText(Texts.get("browser.plotted", what));
          }
          tree.refresh();
        }));
  }

  /** Finds the line of field {@code shown} ({@code data[] › p}) of the most frequent shape. */
  Line line(String shown) {
    MessageShapes shapes = control.messageShapes();
    if (shapes == null) {
      return null;
    }
    for (MessageShapes.ShapeView s : shapes.snapshot(0)) {
      for (MessageShapes.FieldView f : s.fields()) {
        if (f.path().toString().equals(shown)) {
          return new Line(s, f);
        }
      }
    }
    return null;
  }

  private TreeTableRow<Line> row() {
    TreeTableRow<Line> row = new TreeTableRow<>() {
      @Override
      protected void updateItem(Line line, boolean empty) {
        super.updateItem(line, empty);
        getStyleClass().removeAll("browser-shape", "browser-number", "browser-control");
        setTooltip(null);
        if (empty || line == null) {
          return;
        }
        if (line.field() == null) {
          getStyleClass().add(line.shape().hasNumbers() ? "browser-shape" : "browser-control");
        } else if (line.field().number()) {
          getStyleClass().add("browser-number");
          setTooltip(new javafx.scene.control.Tooltip(Texts.get("browser.number.tip")));
        }
      }
    };
    row.setOnMouseClicked(e -> {
      if (e.getButton() == MouseButton.PRIMARY && !row.isEmpty() && e.isStillSincePress()) {
        plot(row.getItem());
      }
    });
    // A number dragged onto a pane is plotted there.
    row.setOnDragDetected(e -> {
      Line line = row.getItem();
      if (e.getButton() == MouseButton.PRIMARY && line != null && line.field() != null
          && line.field().number()) {
        row.setUserData(new SeriesDrag.Field(pane -> {
          destination = pane;
          plot(line);
        }));
        row.startFullDrag();
      }
    });
    return row;
  }

  private TreeTableColumn<Line, String> nameColumn() {
    TreeTableColumn<Line, String> c = new TreeTableColumn<>(Texts.get("browser.field"));
    c.setPrefWidth(150);
    c.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().getValue() == null ? ""
        : name(d.getValue().getValue())));
    c.setCellFactory(col -> new TreeTableCell<>() {
      @Override
      protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        Line line = empty ? null : getTableRow() == null ? null : getTableRow().getItem();
        setText(empty ? null : text);
        setTooltip(empty || text == null || text.isEmpty() ? null
            : new javafx.scene.control.Tooltip(text));
        boolean plotted = line != null && line.field() != null && line.field().number()
            && control.plotted(line.shape(), line.field().path());
        setGraphic(plotted ? new FontIcon(Feather.TRENDING_UP) : null);
      }
    });
    return c;
  }

  private static String name(Line l) {
    if (l.field() != null) {
      return l.field().path().toString();
    }
    return l.shape().hasNumbers() ? l.shape().label()
        : l.shape().label() + " · " + Texts.get("browser.control");
  }

  private static TreeTableColumn<Line, String> column(String title, double width,
      java.util.function.Function<Line, String> text) {
    TreeTableColumn<Line, String> c = new TreeTableColumn<>(title);
    c.setPrefWidth(width);
    c.setMinWidth(width);
    c.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().getValue() == null ? ""
        : text.apply(d.getValue().getValue())));
    return c;
  }
}
