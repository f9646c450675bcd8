package org.livedash.transport.websocket;

/**
 * Puts a WebSocket close code (RFC 6455, section 7.4) into the words a user reads in the status
 * line: what the server meant, and the code itself for whoever looks deeper.
 */
final class CloseCodes {
  private CloseCodes() {}

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
