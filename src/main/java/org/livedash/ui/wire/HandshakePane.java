package org.livedash.ui.wire;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.livedash.i18n.Texts;
import org.livedash.model.WireEvent;

/**
 * The WebSocket opening handshake as it went: the client's {@code GET} with its upgrade headers
 * and the server's {@code 101}, verbatim, each line beside a one-line explanation, and the
 * accept key checked here against RFC 6455's rule.
 */
final class HandshakePane extends VBox {
  /** The GUID RFC 6455 appends to the key, shown in the check. */
  static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

  private WireEvent.Handshake shown;

  HandshakePane() {
    super(6);
    setId("wire-handshake");
    getStyleClass().add("wire-handshake");
    setPadding(new Insets(8, 10, 8, 10));
    show(null);
  }

  /** Shows {@code h}, or that there is none yet; does nothing when it is already shown. */
  void show(WireEvent.Handshake h) {
    if (h == shown && !getChildren().isEmpty()) {
      return;
    }
    shown = h;
    getChildren().clear();
    Label title = new Label(Texts.get("wire.handshake.title"));
    title.getStyleClass().add("wire-section-title");
    getChildren().add(title);
    if (h == null) {
      getChildren().add(wrapped(Texts.get("wire.handshake.none"), "wire-muted"));
      return;
    }
    getChildren().add(wrapped(Texts.get("wire.handshake.request"), "wire-muted"));
    getChildren().add(lines(h.requestLine(), "request-line", h.requestHeaders()));
    getChildren().add(wrapped(Texts.get("wire.handshake.response"), "wire-muted"));
    getChildren().add(lines(h.statusLine(), "status-line", h.responseHeaders()));
    Label check = wrapped(h.acceptValid()
        ? "✓ " + Texts.get("wire.accept.ok", GUID, h.expectedAccept())
        : "✗ " + Texts.get("wire.accept.bad", GUID, h.expectedAccept(), h.accept()),
        h.acceptValid() ? "wire-ok" : "wire-bad");
    check.setId("wire-accept-check");
    getChildren().add(check);
    getChildren().add(wrapped(Texts.get("wire.handshake.bytes", h.requestBytes(),
        h.responseBytes()), "wire-muted"));
  }

  private static GridPane lines(String first, String firstName, List<WireEvent.Header> headers) {
    GridPane grid = new GridPane();
    grid.setHgap(14);
    grid.setVgap(2);
    ColumnConstraints verbatim = new ColumnConstraints();
    verbatim.setPercentWidth(52);
    ColumnConstraints why = new ColumnConstraints();
    why.setHgrow(Priority.ALWAYS);
    grid.getColumnConstraints().addAll(verbatim, why);
    int row = 0;
    grid.addRow(row++, code(first), wrapped(WireFormat.explain(firstName), "wire-explain"));
    for (WireEvent.Header h : headers) {
      grid.addRow(row++, code(h.name() + ": " + h.value()),
          wrapped(WireFormat.explain(h.name()), "wire-explain"));
    }
    return grid;
  }

  private static Label code(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("wire-code");
    l.setWrapText(true);
    return l;
  }

  private static Label wrapped(String text, String style) {
    Label l = new Label(text);
    l.getStyleClass().add(style);
    l.setWrapText(true);
    l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    return l;
  }
}
