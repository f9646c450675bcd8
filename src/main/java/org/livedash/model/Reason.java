package org.livedash.model;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Something to tell a person, as the key of its text and the values in it: the core says what
 * happened, and the edges (the window, the command line, reports) put it in the user's language.
 * A value may itself be a reason, put in the same language.
 *
 * @param key the text's key in the bundles
 * @param args the values in the text, in order (strings, numbers, reasons; null allowed)
 */
public record Reason(String key, List<Object> args) {
  /** The texts' bundles; the base one is English. */
  private static final String TEXTS = "org.livedash.i18n.Messages";

  public Reason {
    args = Collections.unmodifiableList(new ArrayList<>(args));
  }

  /** The reason {@code key} with {@code args}. */
  public static Reason of(String key, Object... args) {
    return new Reason(key, Arrays.asList(args));
  }

  /** Why {@code t} failed: its reason, or its message as it is. */
  public static Reason why(Throwable t) {
    if (t instanceof Reasoned r) {
      return r.reason();
    }
    return of("verbatim", t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
  }

  /** The key and values: {@code key[arg, …]}. */
  public String keyAndValues() {
    return args.isEmpty() ? key : key + args;
  }

  /**
   * The reason in English, from the texts' base bundle: how logs read it, whatever language the
   * user reads (its key and values, should the bundle lack it).
   */
  public String english() {
    ResourceBundle texts = ResourceBundle.getBundle(TEXTS, Locale.ROOT,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    String pattern;
    try {
      pattern = texts.getString(key);
    } catch (MissingResourceException e) {
      return keyAndValues();
    }
    Object[] values = args.toArray();
    for (int i = 0; i < values.length; i++) {
      if (values[i] instanceof Reason r) {
        values[i] = r.english();
      }
    }
    return new MessageFormat(pattern, Locale.ENGLISH).format(values);
  }

  /** The reason as logs read it: {@link #english}. */
  @Override
  public String toString() {
    return english();
  }
}
