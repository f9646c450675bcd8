package org.livedash.feed;

/** A document from the server that does not follow docs/protocol.md. */
public class FeedFormatException extends RuntimeException {
  public FeedFormatException(String message) {
    super(message);
  }
}
