package org.livedash.transport.websocket;

import org.livedash.model.Reason;
/**
 * Puts a WebSocket close code (RFC 6455, section 7.4) into the words a user reads in the status
 * line: what the server meant, and the code itself for whoever looks deeper.
 */
final class CloseCodes {
  private CloseCodes() {}

  /**
   * Whether Tyrus itself closed the connection for a frame above this client's limit: 1009
   * (message too big) when the frame fit the read buffer but not the session's limit, 1011
   * "Buffer overflow." when it did not fit the read buffer, which is as large as the limit.
   */
  static boolean frameTooBig(int code, String phrase) {
    return code == 1009 || code == 1011 && "Buffer overflow.".equals(phrase);
  }

  /**
   * The connection was closed because a frame passed this client's limit: the server sends
   * frames too big for it (nothing in it was stored; resuming asks for it again).
   */
  static Reason tooBig(int limitBytes) {
    return Reason.of("close.tooBig", size(limitBytes));
  }

  private static String size(int bytes) {
    if (bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MiB";
    }
    return bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
  }

  static Reason describe(int code, String phrase) {
    Reason meaning = switch (code) {
      case 1000, 1001, 1002, 1003, 1006, 1007, 1008, 1009, 1011, 1012, 1013 ->
          Reason.of("close." + code);
      default -> Reason.of("close.other");
    };
    String detail = phrase == null || phrase.isBlank() ? "" : ": " + phrase;
    return Reason.of("close.server", meaning, code + detail);
  }
}
