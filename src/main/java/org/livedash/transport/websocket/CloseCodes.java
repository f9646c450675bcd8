package org.livedash.transport.websocket;

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
  static String tooBig(int limitBytes) {
    return "the server sent a frame larger than this client accepts (" + size(limitBytes)
        + "; --max-frame-size sets it): connection closed, nothing of it kept";
  }

  private static String size(int bytes) {
    if (bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MiB";
    }
    return bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
  }

  static String describe(int code, String phrase) {
    String meaning = switch (code) {
      case 1000 -> "closed normally";
      case 1001 -> "going away (restarting or shutting down)";
      case 1002 -> "protocol error";
      case 1003 -> "refused a kind of data";
      case 1006 -> "connection lost without a close";
      case 1007 -> "invalid data";
      case 1008 -> "policy violation";
      case 1009 -> "message too big";
      case 1011 -> "server error";
      case 1012 -> "service restarting";
      case 1013 -> "try again later (server busy, or this client too slow)";
      default -> "closed";
    };
    String detail = phrase == null || phrase.isBlank() ? "" : ": " + phrase;
    return "server closed the connection, " + meaning + " (" + code + detail + ")";
  }
}
