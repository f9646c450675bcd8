package org.livedash.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.livedash.i18n.Texts;
import picocli.CommandLine;
import org.livedash.cli.Main;

/** The command line's help is complete in Spanish: every option of every command. */
class CliTextsTest {

  @AfterEach
  void english() {
    Texts.use(Locale.ENGLISH);
  }

  private static void keys(CommandLine cl, String prefix, List<String> into) {
    CommandLine.Model.CommandSpec spec = cl.getCommandSpec();
    into.add(prefix + "|usage.description");
    for (CommandLine.Model.OptionSpec o : spec.options()) {
      String k = o.descriptionKey() != null && !o.descriptionKey().isEmpty() ? o.descriptionKey()
          : o.longestName().replaceFirst("^-+", "");
      into.add(prefix + "|" + k);
    }
    // Picocli finds a subcommand's texts under its qualified name ("livedash.serve.host").
    cl.getSubcommands().forEach((name, sub) -> keys(sub,
        sub.getCommandSpec().qualifiedName(".") + ".", into));
  }

  @Test
  void everyOptionOfEveryCommandIsDescribedInSpanish() {
    Texts.use(Locale.forLanguageTag("es"));
    ResourceBundle es = Texts.cliBundle();
    List<String> needed = new ArrayList<>();
    keys(Main.commandLine(), "", needed);
    assertThat(needed).hasSizeGreaterThan(40);
    // An option's key may be its command's own, or the one it shares with the main command;
    // a command's description is its own, never the main command's.
    assertThat(needed).allSatisfy(k -> {
      String own = k.replace("|", "");
      String shared = k.substring(k.indexOf('|') + 1);
      assertThat(es.containsKey(own) || !shared.equals("usage.description")
          && es.containsKey(shared)).as(own).isTrue();
    });
  }

  @Test
  void aSubcommandsHelpIsItsOwnInSpanish() {
    StringWriter out = new StringWriter();
    Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "--lang",
        "es", "serve", "--help");
    assertThat(out.toString()).contains("Ejecutar un servidor de fuente")
        .contains("Dirección en la que escuchar").doesNotContain("Panel en directo");
  }

  @Test
  void theHelpAndAUsageErrorAreInTheLanguageChosen() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "--lang", "es", "--help");
    assertThat(out.toString()).startsWith("Uso: livedash")
        .contains("Tiempo entre consultas: 250ms", "Mostrar esta ayuda y salir.");
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "--lang", "es",
        "--mode", "fast");
    assertThat(code).isEqualTo(Main.EXIT_USAGE);
    assertThat(err.toString()).endsWith("(ver --help)" + System.lineSeparator());
  }
}
