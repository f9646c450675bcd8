package org.livedash.cli;

import org.livedash.i18n.Texts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * Where a bearer token comes from, for the client and the server alike: the {@code
 * LIVEDASH_TOKEN} environment variable, or a file ({@code --token-file}). Never the command
 * line, which every user of the machine can read in the process list: {@code --token VALUE}
 * is refused with a line saying so, and the value is never echoed.
 */
final class TokenOption {
  static final String VARIABLE = "LIVEDASH_TOKEN";

  @Option(names = "--token-file", paramLabel = "FILE",
      description = "Read the bearer token from this file (its first line). Default: the"
          + " LIVEDASH_TOKEN environment variable, if set.")
  Path file;

  @Option(names = "--token", hidden = true, paramLabel = "TOKEN",
      description = "Refused: a token on the command line shows in every process list.")
  String onCommandLine;

  /**
   * The token, or null when none is given.
   *
   * @throws IllegalArgumentException in one line, never showing the token
   */
  String token(Function<String, String> environment) {
    if (onCommandLine != null) {
      throw new IllegalArgumentException(Texts.get("cli.tokenOnCommandLine", VARIABLE));
    }
    if (file == null) {
      String t = environment.apply(VARIABLE);
      return t == null || t.isBlank() ? null : t.strip();
    }
    try {
      String t = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst()
          .orElse("").strip();
      if (t.isEmpty()) {
        throw new IllegalArgumentException(Texts.get("cli.tokenFileEmpty", file));
      }
      return t;
    } catch (IOException e) {
      throw new IllegalArgumentException(Texts.get("cli.unreadable", "--token-file", file));
    }
  }

  /** Whether a token was asked for on the command line at all. */
  boolean given() {
    return file != null || onCommandLine != null;
  }
}
