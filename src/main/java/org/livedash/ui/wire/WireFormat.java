package org.livedash.ui.wire;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.livedash.i18n.Texts;
import org.livedash.model.WireEvent;
import org.livedash.ui.chart.Formats;

/**
 * How the wire view writes an event in words and numbers: the table's cells, the detail's
 * verbatim lines, the explanation of each handshake header. Pure functions of the event and the
 * language, tested without a toolkit.
 */
final class WireFormat {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

  private WireFormat() {}

  static String time(long micros, ZoneId zone) {
    return TIME.format(Instant.ofEpochSecond(micros / 1_000_000, (micros % 1_000_000) * 1_000)
        .atZone(zone));
  }

  static String lane(WireEvent e) {
    return Texts.get(e.lane() == WireEvent.Lane.MAIN ? "wire.lane.main" : "wire.lane.companion");
  }

  /** Which way it went: in (to this client), out, or both for an exchange. */
  static String direction(WireEvent e) {
    if (e instanceof WireEvent.Frame f) {
      return Texts.get(f.fromServer() ? "wire.dir.in" : "wire.dir.out");
    }
    return e instanceof WireEvent.Note ? "" : Texts.get("wire.dir.both");
  }

  /** Its kind: an opcode, a status, the upgrade. */
  static String kind(WireEvent e) {
    if (e instanceof WireEvent.Frame f) {
      return switch (f.opcode()) {
        case CONTINUATION -> Texts.get("wire.kind.continuation");
        case CLOSE -> f.closeCode() == 1006 ? Texts.get("wire.kind.lost")
            : Texts.get("wire.kind.close", f.closeCode());
        default -> f.opcode().name();
      };
    }
    if (e instanceof WireEvent.Exchange x) {
      return Texts.get(x.longPoll() ? "wire.kind.longpoll" : "wire.kind.poll", x.status());
    }
    return Texts.get(e instanceof WireEvent.Handshake ? "wire.kind.handshake" : "wire.kind.note");
  }

  static String fin(WireEvent e) {
    return e instanceof WireEvent.Frame f && f.headerBytes() > 0 ? (f.fin() ? "1" : "0") : "";
  }

  static String mask(WireEvent e) {
    return e instanceof WireEvent.Frame f && f.headerBytes() > 0 ? (f.masked() ? "1" : "0") : "";
  }

  /** Payload or body bytes. */
  static long payloadBytes(WireEvent e) {
    if (e instanceof WireEvent.Frame f) {
      return f.payloadBytes();
    }
    if (e instanceof WireEvent.Exchange x) {
      return x.bodyBytes();
    }
    return 0;
  }

  /** Bytes that were not payload: the frame header, or the request and answer headers. */
  static long headerBytes(WireEvent e) {
    if (e instanceof WireEvent.Frame f) {
      return f.headerBytes();
    }
    if (e instanceof WireEvent.Exchange x) {
      return x.requestBytes() + x.responseHeaderBytes();
    }
    if (e instanceof WireEvent.Handshake h) {
      return h.requestBytes() + h.responseBytes();
    }
    return 0;
  }

  /** One line about it: what a frame says, what a poll brought. */
  static String summary(WireEvent e) {
    if (e instanceof WireEvent.Frame f) {
      if (f.opcode() == WireEvent.Opcode.CLOSE) {
        return f.closeCode() == 1006 ? Texts.get("wire.summary.lost")
            : Texts.get("wire.summary.close", f.closeReason());
      }
      return oneLine(f.payload());
    }
    if (e instanceof WireEvent.Exchange x) {
      String s = x.empty() ? Texts.get("wire.summary.empty")
          : Texts.get("wire.summary.updates", x.updates());
      return x.longPoll() ? s + " · " + Texts.get("wire.summary.held", millis(x.elapsedMicros()))
          : s;
    }
    if (e instanceof WireEvent.Note n) {
      return switch (n.kind()) {
        case CONNECTING -> Texts.get("wire.note.connecting", n.detail());
        case CLOSED -> Texts.get("wire.note.closed");
        case FAILED -> Texts.get("wire.note.failed", n.detail());
      };
    }
    WireEvent.Handshake h = (WireEvent.Handshake) e;
    return h.requestLine();
  }

  static String millis(long micros) {
    return Formats.millis(micros / 1_000.0);
  }

  private static String oneLine(String text) {
    String t = text.replace('\n', ' ');
    return t.length() > 160 ? t.substring(0, 160) + "…" : t;
  }

  /** The event whole, verbatim where it was text on the wire: for the detail pane. */
  static String detail(WireEvent e) {
    StringBuilder sb = new StringBuilder();
    if (e instanceof WireEvent.Exchange x) {
      sb.append(Texts.get("wire.detail.request", x.requestBytes())).append('\n');
      sb.append(x.requestLine()).append('\n');
      x.requestHeaders().forEach(h -> sb.append(h.name()).append(": ").append(h.value())
          .append('\n'));
      sb.append('\n').append(Texts.get("wire.detail.response", x.responseHeaderBytes(),
          x.bodyBytes(), millis(x.elapsedMicros()))).append('\n');
      sb.append(x.statusLine()).append('\n');
      x.responseHeaders().forEach(h -> sb.append(h.name()).append(": ").append(h.value())
          .append('\n'));
      if (!x.body().isEmpty()) {
        sb.append('\n').append(pretty(x.body()));
      }
    } else if (e instanceof WireEvent.Frame f) {
      sb.append(Texts.get("wire.detail.frame", kind(f), fin(f), mask(f), f.headerBytes(),
          f.payloadBytes())).append('\n');
      if (!f.payload().isEmpty()) {
        sb.append('\n').append(Texts.get("wire.detail.payload")).append('\n')
            .append(pretty(f.payload()));
      } else if (f.opcode() == WireEvent.Opcode.CLOSE) {
        sb.append('\n').append(summary(f));
      }
    } else if (e instanceof WireEvent.Handshake h) {
      sb.append(h.requestLine()).append('\n');
      h.requestHeaders().forEach(x -> sb.append(x.name()).append(": ").append(x.value())
          .append('\n'));
      sb.append('\n').append(h.statusLine()).append('\n');
      h.responseHeaders().forEach(x -> sb.append(x.name()).append(": ").append(x.value())
          .append('\n'));
    } else {
      sb.append(summary(e));
    }
    return sb.toString();
  }

  /** JSON indented for reading; a payload cut short (or not JSON) is shown as it is. */
  static String pretty(String text) {
    if (text.endsWith("…")) {
      return text;
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(text));
    } catch (java.io.IOException | RuntimeException e) {
      return text;
    }
  }

  /** The explanation of a handshake line: its header's name, or the request or status line. */
  static String explain(String name) {
    String key = switch (name.toLowerCase(Locale.ROOT)) {
      case "request-line" -> "wire.explain.requestLine";
      case "status-line" -> "wire.explain.statusLine";
      case "host" -> "wire.explain.host";
      case "upgrade" -> "wire.explain.upgrade";
      case "connection" -> "wire.explain.connection";
      case "sec-websocket-key" -> "wire.explain.key";
      case "sec-websocket-version" -> "wire.explain.version";
      case "sec-websocket-accept" -> "wire.explain.accept";
      case "sec-websocket-extensions" -> "wire.explain.extensions";
      case "authorization" -> "wire.explain.authorization";
      default -> "wire.explain.other";
    };
    return Texts.get(key);
  }

  /** Whether an event matches the filter's text, in any of its cells. */
  static boolean matches(WireEvent e, String filter) {
    if (filter == null || filter.isBlank()) {
      return true;
    }
    String f = filter.trim().toLowerCase(Locale.ROOT);
    return (kind(e) + " " + summary(e) + " " + direction(e)).toLowerCase(Locale.ROOT)
        .contains(f);
  }
}
