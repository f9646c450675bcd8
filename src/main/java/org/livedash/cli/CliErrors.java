package org.livedash.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.livedash.i18n.Texts;
import picocli.CommandLine;

/**
 * Picocli's own errors about the arguments (the library writes them in English) said in the
 * command line's language: an unknown option, and a value an option cannot take, whose reason
 * is already ours.
 */
final class CliErrors {
  private static final Pattern INVALID = Pattern.compile(
      "Invalid value for option '([^']+)': (.*)", Pattern.DOTALL);

  private CliErrors() {}

  /** What is wrong with the arguments, in one line of the language in use. */
  static String say(CommandLine.ParameterException e) {
    if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()
        && u.getUnmatched().get(0).startsWith("-")) {
      return Texts.get("cli.unknownOption", u.getUnmatched().get(0));
    }
    Matcher m = INVALID.matcher(String.valueOf(Texts.message(e)));
    return m.matches() ? Texts.get("cli.invalidValue", m.group(1), m.group(2)) : Texts.message(e);
  }
}
