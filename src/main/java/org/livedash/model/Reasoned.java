package org.livedash.model;

/**
 * A failure that says why as a {@link Reason}, for whoever shows it to put it in the user's
 * language (its message stays the reason's key and values, for logs).
 */
public interface Reasoned {
  /** Why it failed. */
  Reason reason();
}
