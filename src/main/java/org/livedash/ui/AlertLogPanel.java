package org.livedash.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.livedash.alert.AlertLog;
import org.livedash.i18n.Texts;
import org.livedash.model.AlarmWatch;
import org.livedash.model.EpochMicros;

/**
 * The alert log as a table, newest first: when each alert began, its series and rule, the
 * reading that raised it and its peak, when it cleared (or that it is on), and whether it was
 * acknowledged — a button until it is. "Acknowledge all" and "Export CSV…" above it.
 */
final class AlertLogPanel extends VBox {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final AlertLog log;
  private final ZoneId zone;
  private final TableView<AlertLog.Entry> table = new TableView<>();
  private final Label count = new Label();
  private final Label desktop = new Label();
  private long shownVersion = -1;

  /** @param export what "Export CSV…" does with the log's entries, oldest first */
  AlertLogPanel(AlertLog log, ZoneId zone,
      java.util.function.Consumer<List<AlertLog.Entry>> export) {
    this.log = log;
    this.zone = zone;
    setId("alert-log");
    getStyleClass().add("alert-log");
    Label title = new Label(Texts.get("alerts.title"));
    title.getStyleClass().add("section-title");
    count.setId("alert-log-count");
    count.getStyleClass().add("muted");
    Button all = new Button(Texts.get("alerts.acknowledgeAll"));
    all.getStyleClass().add("small");
    all.setId("alert-acknowledge-all");
    all.setOnAction(e -> log.acknowledgeAll());
    Button csv = new Button(Texts.get("alerts.export"));
    csv.getStyleClass().add("small");
    csv.setId("alert-export");
    csv.setOnAction(e -> export.accept(log.entries()));
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    desktop.setId("alert-desktop");
    desktop.getStyleClass().add("muted");
    desktop.setMinWidth(0);
    HBox.setHgrow(desktop, Priority.SOMETIMES);
    for (javafx.scene.control.Control c : List.of(title, count, all, csv)) {
      c.setMinWidth(Region.USE_PREF_SIZE);
    }
    HBox head = new HBox(10, title, count, desktop, gap, all, csv);
    head.setAlignment(Pos.CENTER_LEFT);
    table.setId("alert-table");
    table.setPlaceholder(new Label(Texts.get("alerts.none")));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getColumns().add(column("alerts.col.start", 100, e -> time(e.alert().startMicros())));
    table.getColumns().add(column("alerts.col.series", 130, e -> e.alert().meta().name()));
    table.getColumns().add(column("alerts.col.rule", 380,
        e -> Texts.of(e.alert().rule().describe(e.alert().meta().unit()))));
    table.getColumns().add(column("alerts.col.value", 90, e -> value(e.alert(),
        e.alert().value())));
    table.getColumns().add(column("alerts.col.peak", 90, e -> value(e.alert(),
        e.alert().peak())));
    table.getColumns().add(column("alerts.col.cleared", 120, e -> e.alert().isOn()
        ? Texts.get("alerts.on") : e.runEnded()
            ? Texts.get("alerts.runEnded", time(e.alert().endedMicros()))
            : time(e.alert().endedMicros())));
    table.getColumns().add(acknowledgedColumn());
    table.setRowFactory(v -> new javafx.scene.control.TableRow<>() {
      @Override
      protected void updateItem(AlertLog.Entry e, boolean empty) {
        super.updateItem(e, empty);
        getStyleClass().removeAll("alert-on", "alert-unread");
        if (!empty && e != null) {
          getStyleClass().add(e.alert().isOn() ? "alert-on" : "alert-unread");
          if (e.acknowledged()) {
            getStyleClass().remove("alert-unread");
          }
        }
      }
    });
    setVgrow(table, Priority.ALWAYS);
    setSpacing(4);
    setPrefHeight(200);
    setMinHeight(170);
    getChildren().addAll(head, table);
  }

  /**
   * Shows the log as it is now, if it changed since last shown, and why alerts do not reach the
   * desktop ({@code desktopProblem}, null when they do).
   */
  void refresh(org.livedash.model.Reason desktopProblem) {
    desktop.setText(desktopProblem == null ? "" : Texts.of(desktopProblem));
    long v = log.version();
    if (v == shownVersion) {
      return;
    }
    shownVersion = v;
    List<AlertLog.Entry> entries = new ArrayList<>(log.entries());
    Collections.reverse(entries);
    table.setItems(FXCollections.observableArrayList(entries));
    long open = entries.stream().filter(e -> !e.acknowledged()).count();
    count.setText(Texts.get("alerts.count", entries.size(), open));
  }

  private TableColumn<AlertLog.Entry, String> column(String key, double width,
      Function<AlertLog.Entry, String> text) {
    TableColumn<AlertLog.Entry, String> c = new TableColumn<>(Texts.get(key));
    c.setPrefWidth(width);
    c.setSortable(false);
    c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(text.apply(d.getValue())));
    return c;
  }

  private TableColumn<AlertLog.Entry, AlertLog.Entry> acknowledgedColumn() {
    TableColumn<AlertLog.Entry, AlertLog.Entry> c =
        new TableColumn<>(Texts.get("alerts.col.acknowledged"));
    c.setPrefWidth(130);
    c.setSortable(false);
    c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
    c.setCellFactory(col -> new TableCell<>() {
      private final Button ack = new Button(Texts.get("alerts.acknowledge"));

      {
        ack.getStyleClass().add("small");
        ack.setOnAction(e -> {
          AlertLog.Entry entry = getItem();
          if (entry != null) {
            log.acknowledge(entry.key());
          }
        });
      }

      @Override
      protected void updateItem(AlertLog.Entry e, boolean empty) {
        super.updateItem(e, empty);
        if (empty || e == null) {
          setGraphic(null);
          setText(null);
        } else if (e.acknowledged()) {
          setGraphic(null);
          setText(Texts.get("alerts.acknowledged"));
        } else {
          setText(null);
          setGraphic(ack);
        }
      }
    });
    return c;
  }

  private String time(long micros) {
    ZonedDateTime t = EpochMicros.toInstant(micros).atZone(zone);
    // Today's at their time; earlier runs' with their date, as the user's language writes it.
    return (t.toLocalDate().equals(LocalDate.now(zone)) ? TIME
        : DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.SHORT,
            java.time.format.FormatStyle.MEDIUM).withLocale(Texts.locale())).format(t);
  }

  private String value(AlarmWatch.Alarm a, double v) {
    if (!Double.isFinite(v)) {
      return "";
    }
    java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(Texts.locale());
    int shown = a.meta().decimals();
    f.setMaximumFractionDigits(shown >= 0 ? shown : 6);
    f.setMinimumFractionDigits(Math.max(shown, 0));
    return f.format(v) + a.meta().unitSuffix();
  }
}
