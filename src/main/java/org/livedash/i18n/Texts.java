package org.livedash.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.livedash.model.Reason;
import org.livedash.model.Reasoned;

/**
 * Every string the user reads, in English or Spanish, from the {@code Messages} resource bundles:
 * one place that knows the language. Each value is a {@link MessageFormat} pattern (so an
 * apostrophe is written twice), formatted for the language's numbers and dates. The language
 * follows the system's unless {@code --lang} or the in-app switch chose one.
 */
public final class Texts {
  /** The languages the bundles are complete in. */
  public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));
  private static final String BUNDLE = "org.livedash.i18n.Messages";

  private static volatile Locale locale = supported(Locale.getDefault());
  private static volatile ResourceBundle bundle = load(locale);

  private Texts() {}

  /** The language in use. */
  public static Locale locale() {
    return locale;
  }

  /** Uses {@code l}'s language from now on: Spanish for any Spanish locale, else English. */
  public static void use(Locale l) {
    Locale s = supported(l);
    bundle = load(s);
    locale = s;
  }

  /** The supported language closest to {@code l}: Spanish for any Spanish, else English. */
  public static Locale supported(Locale l) {
    return l != null && "es".equals(l.getLanguage()) ? LANGUAGES.get(1) : LANGUAGES.get(0);
  }

  /**
   * A language named on the command line, {@code en} or {@code es}.
   *
   * @throws IllegalArgumentException for any other
   */
  public static Locale parse(String tag) {
    for (Locale l : LANGUAGES) {
      if (l.getLanguage().equalsIgnoreCase(tag == null ? "" : tag.trim())) {
        return l;
      }
    }
    throw new IllegalArgumentException(get("cli.notLanguage", tag));
  }

  /**
   * The text of {@code key}, with {@code args} formatted for the language (a value that is a
   * {@link Reason} put in it too).
   */
  public static String get(String key, Object... args) {
    return format(bundle, locale, key, args);
  }

  private static String format(ResourceBundle b, Locale l, String key, Object[] args) {
    String pattern;
    try {
      pattern = b.getString(key);
    } catch (MissingResourceException e) {
      // A missing key is a bug the bundle test catches; the user still sees something useful.
      return key;
    }
    Object[] values = args.clone();
    for (int i = 0; i < values.length; i++) {
      if (values[i] instanceof Reason r) {
        values[i] = format(b, l, r.key(), r.args().toArray());
      }
    }
    return new MessageFormat(pattern, l).format(values);
  }

  /** A reason in the language in use; a value that is itself a reason is put in it too. */
  public static String of(Reason reason) {
    return get(reason.key(), reason.args().toArray());
  }

  /** Reasons in the language in use, one a line. */
  public static String lines(java.util.Collection<Reason> reasons) {
    StringBuilder b = new StringBuilder();
    for (Reason r : reasons) {
      b.append(b.isEmpty() ? "" : "\n").append(of(r));
    }
    return b.toString();
  }

  /** What a failure tells a person: its reason in words, or else its message. */
  public static String message(Throwable t) {
    return t instanceof Reasoned r ? of(r.reason()) : t.getMessage();
  }

  /**
   * The command line's help in the language in use ({@code Cli} bundles): empty in English,
   * where the commands' own descriptions are the text.
   */
  public static ResourceBundle cliBundle() {
    return ResourceBundle.getBundle("org.livedash.i18n.Cli", locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The bundle of one language, for the completeness test. */
  public static ResourceBundle bundle(Locale l) {
    return load(l);
  }

  private static ResourceBundle load(Locale l) {
    // No fallback to the system's locale: English is the base bundle.
    return ResourceBundle.getBundle(BUNDLE, l,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
