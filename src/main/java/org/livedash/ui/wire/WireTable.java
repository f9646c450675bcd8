package org.livedash.ui.wire;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.livedash.i18n.Texts;
import org.livedash.model.WireEvent;

/**
 * The frames and polls as they arrive, newest at the bottom: time, connection, way, opcode or
 * status, FIN and MASK bits, payload and header bytes, and a summary; a filter on any of them,
 * and the selected row whole (headers verbatim, JSON indented) below. Keeps the last
 * {@link #ROWS} rows.
 */
final class WireTable {
  /** Rows kept in the table. */
  static final int ROWS = 1_000;
  private static final PseudoClass EMPTY = PseudoClass.getPseudoClass("empty-poll");
  private static final PseudoClass CLOSING = PseudoClass.getPseudoClass("closing");

  /** Which kind of rows are shown. */
  enum Show { ALL, FRAMES, REQUESTS }

  private final ObservableList<WireEvent> rows = FXCollections.observableArrayList();
  private final FilteredList<WireEvent> filtered = new FilteredList<>(rows);
  private final TableView<WireEvent> table = new TableView<>(filtered);
  private final TextArea detail = new TextArea();
  private String filter = "";
  private Show show = Show.ALL;
  private boolean followNewest = true;

  WireTable(ZoneId zone) {
    table.setId("wire-table");
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(new javafx.scene.control.Label(Texts.get("wire.empty")));
    table.getColumns().addAll(List.of(
        column("wire.col.time", 108, e -> WireFormat.time(e.atMicros(), zone)),
        column("wire.col.lane", 70, WireFormat::lane),
        column("wire.col.dir", 86, WireFormat::direction),
        column("wire.col.what", 118, WireFormat::kind),
        column("wire.col.fin", 46, WireFormat::fin),
        column("wire.col.mask", 68, WireFormat::mask),
        column("wire.col.payload", 80, e -> bytes(WireFormat.payloadBytes(e))),
        column("wire.col.header", 96, e -> bytes(WireFormat.headerBytes(e))),
        column("wire.col.summary", 240, WireFormat::summary)));
    table.setRowFactory(t -> new TableRow<>() {
      @Override
      protected void updateItem(WireEvent e, boolean empty) {
        super.updateItem(e, empty);
        pseudoClassStateChanged(EMPTY, !empty && e instanceof WireEvent.Exchange x && x.empty());
        pseudoClassStateChanged(CLOSING, !empty && (e instanceof WireEvent.Frame f
            && f.opcode() == WireEvent.Opcode.CLOSE || e instanceof WireEvent.Note n
            && n.kind() == WireEvent.NoteKind.FAILED));
      }
    });
    detail.setId("wire-detail");
    detail.setEditable(false);
    detail.getStyleClass().add("wire-detail");
    detail.setPromptText(Texts.get("wire.detail.none"));
    table.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> {
      detail.setText(e == null ? "" : WireFormat.detail(e));
      // Reading a row stops the table jumping to the newest until the selection is cleared.
      followNewest = e == null;
    });
  }

  private static String bytes(long n) {
    return n == 0 ? "" : String.format(Texts.locale(), "%,d B", n);
  }

  private static TableColumn<WireEvent, String> column(String key, double width,
      Function<WireEvent, String> text) {
    TableColumn<WireEvent, String> c = new TableColumn<>(Texts.get(key));
    c.setPrefWidth(width);
    c.setMinWidth(width);
    c.setSortable(false);
    c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(text.apply(f.getValue())));
    c.setCellFactory(col -> new TableCell<>() {
      @Override
      protected void updateItem(String s, boolean empty) {
        super.updateItem(s, empty);
        setText(empty ? null : s);
      }
    });
    return c;
  }

  TableView<WireEvent> table() {
    return table;
  }

  TextArea detail() {
    return detail;
  }

  /** Adds new events (not handshakes, shown apart), dropping the oldest past {@link #ROWS}. */
  void add(List<WireEvent> events) {
    List<WireEvent> fresh = events.stream()
        .filter(e -> !(e instanceof WireEvent.Handshake)).toList();
    if (fresh.isEmpty()) {
      return;
    }
    rows.addAll(fresh);
    if (rows.size() > ROWS) {
      rows.remove(0, rows.size() - ROWS);
    }
    if (followNewest && !filtered.isEmpty()) {
      table.scrollTo(filtered.size() - 1);
    }
  }

  void setFilter(String text) {
    filter = text;
    refilter();
  }

  void setShow(Show s) {
    show = s;
    refilter();
  }

  private void refilter() {
    filtered.setPredicate(e -> switch (show) {
      case FRAMES -> e instanceof WireEvent.Frame;
      case REQUESTS -> e instanceof WireEvent.Exchange;
      case ALL -> true;
    } && WireFormat.matches(e, filter));
  }

  /** The rows shown, for tests. */
  List<WireEvent> shown() {
    return List.copyOf(filtered);
  }

  void clear() {
    rows.clear();
    detail.clear();
  }
}
