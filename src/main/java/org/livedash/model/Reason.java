package org.livedash.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Something to tell a person, as the key of its text and the values in it: the core says what
 * happened, and the edges (the window, the command line, reports) put it in the user's language.
 * A value may itself be a reason, put in the same language.
 *
 * @param key the text's key in the bundles
 * @param args the values in the text, in order (strings, numbers, reasons; null allowed)
 */
public record Reason(String key, List<Object> args) {
  /** How a reason reads in logs and messages for developers (English, once the edge says how). */
  private static volatile Function<Reason, String> inLogs = Reason::keyAndValues;

  public Reason {
    args = Collections.unmodifiableList(new ArrayList<>(args));
  }

  /** The reason {@code key} with {@code args}. */
  public static Reason of(String key, Object... args) {
    return new Reason(key, Arrays.asList(args));
  }

  /**
   * Says how reasons read in logs, in English: the edge that knows the texts installs it, so
   * that the core's log lines read as sentences rather than keys.
   */
  public static void readInLogsAs(Function<Reason, String> wording) {
    inLogs = wording;
  }

  /** The key and values: {@code key[arg, …]}. */
  public String keyAndValues() {
    return args.isEmpty() ? key : key + args;
  }

  /** The reason as it reads in logs: in English, or its key and values. */
  @Override
  public String toString() {
    return inLogs.apply(this);
  }
}
