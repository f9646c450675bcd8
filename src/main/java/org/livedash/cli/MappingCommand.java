package org.livedash.cli;

import org.livedash.model.EpochMicros;
import org.livedash.i18n.Texts;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.livedash.feed.mapping.MappingInference;
import org.livedash.feed.mapping.MappingPreview;
import org.livedash.feed.mapping.MappingSpec;
import org.livedash.feed.profile.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code livedash mapping infer|preview}: a feed's mapping checked without a window — the
 * mapping inferred from sample messages (one JSON message a line), and what a mapping makes of
 * them, one update a line.
 */
@Command(name = "mapping", mixinStandardHelpOptions = true,
    subcommands = {MappingCommand.Infer.class, MappingCommand.Preview.class},
    description = "Infer a feed's mapping from sample messages, or show what a mapping makes"
        + " of them.")
final class MappingCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return Main.EXIT_USAGE;
  }

  /** Prints the mapping inferred from the samples, as JSON. */
  @Command(name = "infer", mixinStandardHelpOptions = true,
      description = "Print the mapping inferred from sample messages (JSON Lines), as JSON.")
  static final class Infer implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "SAMPLES", descriptionKey = "samples",
        description = "A file of sample messages, one JSON message a line.")
    private Path samples;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      List<JsonNode> messages = new ArrayList<>();
      int n = 0;
      for (String line : Files.readAllLines(samples, StandardCharsets.UTF_8)) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          messages.add(JSON.readTree(line));
        } catch (IOException e) {
          err.println(Texts.get("cli.lineNotJson", samples, n, Profile.jsonProblem(e)));
          return Main.EXIT_FAILURE;
        }
      }
      try {
        out.println(JSON.writeValueAsString(MappingInference.infer(messages)));
        return 0;
      } catch (IllegalArgumentException e) {
        err.println(samples + ": " + Texts.message(e));
        return Main.EXIT_FAILURE;
      }
    }
  }

  /** Prints what a mapping makes of the samples: series, time, value, tab-separated. */
  @Command(name = "preview", mixinStandardHelpOptions = true,
      description = "Print each update a mapping makes of sample messages: series, time"
          + " (ISO-8601 UTC to the microsecond) and value, tab-separated.")
  static final class Preview implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--mapping", required = true, paramLabel = "FILE",
        descriptionKey = "mapping-file",
        description = "The mapping, as JSON (a profile's \"mapping\", or what infer prints).")
    private Path mapping;

    @Parameters(paramLabel = "SAMPLES", descriptionKey = "samples",
        description = "A file of sample messages, one JSON message a line.")
    private Path samples;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      MappingSpec mappingSpec;
      try {
        mappingSpec = JSON.readValue(mapping.toFile(), MappingSpec.class);
      } catch (IOException e) {
        err.println(Texts.get("cli.notMapping", mapping, Profile.jsonProblem(e)));
        return Main.EXIT_FAILURE;
      }
      String text = Files.readString(samples, StandardCharsets.UTF_8);
      MappingPreview.Result result = MappingPreview.of(mappingSpec, text,
          System.currentTimeMillis() * 1000);
      for (MappingPreview.Row r : result.rows()) {
        out.println(r.series() + "\t" + EpochMicros.iso(Instant.parse(r.time())) + "\t"
            + r.value());
      }
      result.problems().forEach(p -> err.println(Texts.of(p)));
      return result.rows().isEmpty() ? Main.EXIT_FAILURE : 0;
    }
  }
}
