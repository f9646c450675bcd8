package org.livedash.feed;

import org.livedash.model.Reason;
import org.livedash.model.Reasoned;

/**
 * A document from the server that does not follow docs/protocol.md, with why as a {@link
 * Reason} (its message is the reason as logs read it).
 */
public class FeedFormatException extends RuntimeException implements Reasoned {
  private static final long serialVersionUID = 1L;

  private final transient Reason reason;

  public FeedFormatException(Reason reason) {
    super(reason.toString());
    this.reason = reason;
  }

  @Override
  public Reason reason() {
    return reason;
  }
}
