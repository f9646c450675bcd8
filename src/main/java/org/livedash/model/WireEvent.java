package org.livedash.model;

import java.util.List;

/**
 * One thing that crossed the wire, as a transport really sent or received it: the WebSocket
 * upgrade, a frame, a polling request with its answer, or a connection's start or end. The wire
 * view shows these; they are taken only while it is open ({@link WireLog}).
 */
public sealed interface WireEvent
    permits WireEvent.Handshake, WireEvent.Frame, WireEvent.Exchange, WireEvent.Note {

  /** When it happened, the client's clock, epoch microseconds. */
  long atMicros();

  /** Which connection it belongs to: the main feed's, or the wire view's companion. */
  Lane lane();

  /** The main connection, or the companion the wire view runs beside it to compare. */
  enum Lane { MAIN, COMPANION }

  /** One header line as sent or received. */
  record Header(String name, String value) {
    /** The line's size: name, colon and space, value, CRLF (ASCII headers). */
    public long bytes() {
      return name.length() + 2 + value.length() + 2;
    }
  }

  /**
   * The HTTP request that asks to upgrade and the server's {@code 101} answer, verbatim.
   *
   * @param key the client's {@code Sec-WebSocket-Key}
   * @param accept the server's {@code Sec-WebSocket-Accept}
   * @param expectedAccept what RFC 6455 derives from the key: base64(SHA-1(key + GUID))
   */
  record Handshake(long atMicros, Lane lane, String requestLine, List<Header> requestHeaders,
      String statusLine, List<Header> responseHeaders, String key, String accept,
      String expectedAccept, long requestBytes, long responseBytes) implements WireEvent {
    /** Whether the server proved it read this key (and is a WebSocket server). */
    public boolean acceptValid() {
      return accept != null && accept.equals(expectedAccept);
    }
  }

  /** WebSocket opcodes (RFC 6455, 5.2). */
  enum Opcode {
    CONTINUATION(0x0), TEXT(0x1), BINARY(0x2), CLOSE(0x8), PING(0x9), PONG(0xA);

    private final int code;

    Opcode(int code) {
      this.code = code;
    }

    public int code() {
      return code;
    }
  }

  /**
   * One WebSocket frame.
   *
   * @param fromServer received (true) or sent by this client
   * @param fin whether the frame ends its message
   * @param masked client frames are masked (RFC 6455), server frames never
   * @param payloadBytes the payload's length
   * @param headerBytes the frame header's length: 2 to 14 bytes
   * @param payload the payload as text, cut to a few hundred characters; empty for a close
   * @param closeCode for a close frame, its status code; 1006 when the connection was lost
   *     without one; else 0
   */
  record Frame(long atMicros, Lane lane, boolean fromServer, Opcode opcode, boolean fin,
      boolean masked, long payloadBytes, int headerBytes, String payload, int closeCode,
      String closeReason) implements WireEvent {}

  /**
   * One polling request and its answer.
   *
   * @param longPoll whether the server was asked to hold the request
   * @param status the answer's status; 304 is "nothing new"
   * @param bodyBytes the answer's body length
   * @param updates updates the answer carried: an empty poll has none
   * @param elapsedMicros from sending the request to the whole answer
   * @param body the body as text, cut to a few hundred characters
   */
  record Exchange(long atMicros, Lane lane, boolean longPoll, String requestLine,
      List<Header> requestHeaders, int status, String statusLine, List<Header> responseHeaders,
      long requestBytes, long responseHeaderBytes, long bodyBytes, int updates,
      long elapsedMicros, String body) implements WireEvent {
    /** An answer that brought nothing: a 304, or a batch without updates. */
    public boolean empty() {
      return status == 304 || updates == 0;
    }

    /** When the request left: the answer's time less the time it took. */
    public long sentMicros() {
      return atMicros - elapsedMicros;
    }
  }

  /** What a {@link Note} tells. */
  enum NoteKind { CONNECTING, CLOSED, FAILED }

  /**
   * A connection starting, closed by this client, or failing.
   *
   * @param detail the address connected to, or why it failed; empty when nothing to add
   */
  record Note(long atMicros, Lane lane, FeedMode mode, NoteKind kind, Reason detail)
      implements WireEvent {}
}
