package org.livedash.transport;

import org.livedash.feed.Utf8;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.livedash.model.EpochMicros;
import org.livedash.model.FeedMode;
import org.livedash.model.Reason;
import org.livedash.model.WireEvent;
import org.livedash.model.WireLog;

/**
 * What the transports give the wire view ({@link WireLog}), built only when it is open: every
 * method returns at once, after one volatile read, when the tap is absent or the view closed.
 * Payloads are cut to {@link #PAYLOAD_CHARS}; credentials are never shown.
 */
public final class WireTaps {
  /** How much of a payload or body is kept for the view. */
  public static final int PAYLOAD_CHARS = 600;
  /** What a credential's value is shown as. */
  public static final String HIDDEN = "••••••";

  private WireTaps() {}

  public static void note(WireLog.Tap tap, Clock clock, FeedMode mode, WireEvent.NoteKind kind,
      Reason detail) {
    if (tap != null && tap.isOpen()) {
      tap.add(new WireEvent.Note(EpochMicros.now(clock), tap.lane(), mode, kind, detail));
    }
  }

  /** A text frame received; {@code continuation} when it continues a message. */
  public static void receivedText(WireLog.Tap tap, Clock clock, String part, long payload,
      boolean continuation, boolean fin) {
    if (tap != null && tap.wants()) {
      tap.add(new WireEvent.Frame(EpochMicros.now(clock), tap.lane(), true,
          continuation ? WireEvent.Opcode.CONTINUATION : WireEvent.Opcode.TEXT, fin, false,
          payload, WireSize.webSocketHeader(payload, false), cut(part), 0, ""));
    }
  }

  /** A text message this client sent, in one masked frame. */
  public static void sentText(WireLog.Tap tap, Clock clock, String text, long payload) {
    if (tap != null && tap.wants()) {
      tap.add(new WireEvent.Frame(EpochMicros.now(clock), tap.lane(), false,
          WireEvent.Opcode.TEXT, true, true, payload, WireSize.webSocketHeader(payload, true),
          cut(text), 0, ""));
    }
  }

  /** The close frame this client sent. */
  public static void sentClose(WireLog.Tap tap, Clock clock, int code, String reason) {
    if (tap != null && tap.isOpen()) {
      long payload = 2 + Utf8.length(reason);
      tap.add(new WireEvent.Frame(EpochMicros.now(clock), tap.lane(), false,
          WireEvent.Opcode.CLOSE, true, true, payload, WireSize.webSocketHeader(payload, true),
          "", code, reason));
    }
  }

  /**
   * The connection's end as the server told it (a close frame), or 1006 when it was lost
   * without one.
   */
  public static void receivedClose(WireLog.Tap tap, Clock clock, int code, String reason) {
    if (tap != null && tap.isOpen()) {
      String r = reason == null ? "" : reason;
      long payload = code == 1006 ? 0 : 2 + Utf8.length(r);
      tap.add(new WireEvent.Frame(EpochMicros.now(clock), tap.lane(), true,
          WireEvent.Opcode.CLOSE, true, false, payload,
          code == 1006 ? 0 : WireSize.webSocketHeader(payload, false), "", code, r));
    }
  }

  /**
   * Header lines as they may be shown: values of the credentials' headers are hidden (their
   * sizes still count where bytes are counted).
   */
  public static List<WireEvent.Header> shownHeaders(Map<String, List<String>> headers,
      Credentials credentials) {
    List<WireEvent.Header> lines = new ArrayList<>();
    headers.forEach((name, values) -> {
      if (name.startsWith(":")) {
        return;
      }
      boolean secret = credentials.headers().keySet().stream().anyMatch(name::equalsIgnoreCase);
      lines.add(new WireEvent.Header(spelled(name), secret ? HIDDEN
          : String.join(", ", values)));
    });
    return lines;
  }

  /**
   * A header's name in its usual spelling ({@code Sec-WebSocket-Accept}, {@code ETag}): the Java
   * clients hand some names over in lower case, and names are case-insensitive on the wire.
   */
  public static String spelled(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    for (String word : name.split("-", -1)) {
      if (sb.length() > 0) {
        sb.append('-');
      }
      String w = word.toLowerCase(java.util.Locale.ROOT);
      sb.append(switch (w) {
        case "websocket" -> "WebSocket";
        case "etag" -> "ETag";
        case "livedash" -> "LiveDash";
        default -> w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
      });
    }
    return sb.toString();
  }

  /** The first characters of a payload, and an ellipsis when there was more. */
  public static String cut(String text) {
    return text.length() <= PAYLOAD_CHARS ? text : text.substring(0, PAYLOAD_CHARS) + "…";
  }
}
