package org.livedash.model;

/**
 * Input a person gave — a flag, a header, a file, a field of a form — that cannot be used, with
 * why as a {@link Reason}, so that whoever shows it says it in the user's language. Its message
 * is the reason's key and values (for logs); a person is shown the reason in words.
 */
public class InvalidInputException extends IllegalArgumentException implements Reasoned {
  private static final long serialVersionUID = 1L;

  private final transient Reason reason;

  public InvalidInputException(Reason reason) {
    super(reason.toString());
    this.reason = reason;
  }

  public InvalidInputException(Reason reason, Throwable cause) {
    super(reason.toString(), cause);
    this.reason = reason;
  }

  /** Why the input cannot be used. */
  @Override
  public Reason reason() {
    return reason;
  }
}
