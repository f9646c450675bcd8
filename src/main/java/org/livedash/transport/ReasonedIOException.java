package org.livedash.transport;

import java.io.IOException;
import org.livedash.model.Reason;
import org.livedash.model.Reasoned;

/**
 * A network or I/O failure that says why as a {@link Reason}, put in the user's language by
 * whoever shows it; its message is the reason's key and values, for logs.
 */
public class ReasonedIOException extends IOException implements Reasoned {
  private static final long serialVersionUID = 1L;

  private final transient Reason reason;

  public ReasonedIOException(Reason reason) {
    super(reason.toString());
    this.reason = reason;
  }

  @Override
  public Reason reason() {
    return reason;
  }
}
