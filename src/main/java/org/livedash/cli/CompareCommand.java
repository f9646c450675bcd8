package org.livedash.cli;

import org.livedash.i18n.Texts;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.livedash.feed.FeedEndpoints;
import org.livedash.report.CompareReport;
import org.livedash.report.ModeResult;
import org.livedash.report.ReportHeader;
import org.livedash.server.DemoFeedConfig;
import org.livedash.server.FeedServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import org.livedash.app.CompareRunner;
import org.livedash.app.ModeSpec;

/**
 * {@code livedash compare}: the same feed through several modes, one after another, measured
 * without a window; prints the tables and writes a Markdown report with plots. Exits with 1 and
 * says which mode, if a mode could not be measured.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Measure push against polling on the same feed and write a report.")
final class CompareCommand implements Callable<Integer> {
  @Option(names = "--url", paramLabel = "URL",
      description = "Feed server to measure. Default: an embedded demo feed.")
  String url;

  @Option(names = "--modes", paramLabel = "LIST", split = ",",
      defaultValue = "ws,poll:1000,poll:100,longpoll",
      description = "Modes to compare: ws, longpoll, poll:MILLIS; :browser after a polling mode"
          + " polls with a browser's headers. Default: ${DEFAULT-VALUE}.")
  List<String> modes;

  @Option(names = "--duration", paramLabel = "TIME", defaultValue = "30s",
      converter = DurationConverter.class,
      description = "Measured time per mode (after a warm-up). Default: ${DEFAULT-VALUE}.")
  Duration duration;

  @Option(names = "--rate", paramLabel = "N", defaultValue = "100",
      description = "Updates per second of the whole embedded feed. Default: ${DEFAULT-VALUE}.")
  double rate;

  @Option(names = "--clients", paramLabel = "N", defaultValue = "50",
      description = "Clients at once for the server-cost run (0 skips it). Default: "
          + "${DEFAULT-VALUE}.")
  int clients;

  @Option(names = "--warmup", paramLabel = "TIME", defaultValue = "2s",
      converter = DurationConverter.class,
      description = "Time each mode runs before it is measured. Default: ${DEFAULT-VALUE}.")
  Duration warmup;

  @Option(names = "--side-duration", paramLabel = "TIME", defaultValue = "10s",
      converter = DurationConverter.class,
      description = "Measured time per mode of the bandwidth and server-cost runs. Default:"
          + " ${DEFAULT-VALUE}.")
  Duration sideDuration;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "livedash-compare",
      description = "Where to write compare.md and its plots. Default: ${DEFAULT-VALUE}.")
  Path out;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    List<ModeSpec> specs = new ArrayList<>();
    try {
      for (String m : modes) {
        specs.add(ModeSpec.parse(m));
      }
      if (url != null) {
        FeedEndpoints.fromUrl(url);
      }
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), Texts.message(e));
    }
    if (!(rate > 0) || rate > DemoFeedConfig.MAX_TOTAL_RATE || clients < 0 || clients > 500) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          Texts.get("compare.cli.bounds"));
    }
    System.setProperty("java.awt.headless", "true");
    PrintWriter console = spec.commandLine().getOut();
    CompareRunner runner = new CompareRunner(console, warmup, duration);
    List<ModeResult> results;
    List<ModeResult> scaling = List.of();
    List<ModeResult> crowd = List.of();
    try (FeedServer server = url == null ? demoServer(rate) : null) {
      FeedEndpoints endpoints = FeedEndpoints.fromUrl(url == null ? server.url() : url);
      results = runner.measureAll(endpoints, specs);
      if (server != null) {
        try (FeedServer slow = demoServer(1)) {
          scaling = new CompareRunner(console, warmup, sideDuration)
              .measureAll(FeedEndpoints.fromUrl(slow.url()),
                  List.of(ModeSpec.parse("ws"), ModeSpec.parse("poll:1000"),
                      ModeSpec.parse("poll:1000:browser"), ModeSpec.parse("longpoll")));
        }
        if (clients > 0) {
          crowd = runner.crowd(endpoints, specs, clients, sideDuration);
        }
      }
    }
    CompareReport report = new CompareReport(Texts.get("compare.cli.title",
        url == null ? Texts.get("lesson.feed.demo") : url, rate, duration.toSeconds()),
        new ReportHeader(ZonedDateTime.now(), url == null ? Texts.get("lesson.feed.demo") : url,
            Texts.get("compare.cli.settings", String.join(" ", modes), rate,
                warmup.toSeconds(), clients)),
        results, scaling, crowd, clients);
    console.println();
    console.println(report.latencyTable());
    if (!scaling.isEmpty()) {
      console.println(Texts.get("report.scaling.title") + ":");
      console.println(report.scalingTable());
      console.println(Texts.get("report.overhead.title") + ":");
      console.println(report.overheadTable());
    }
    if (!crowd.isEmpty()) {
      console.println(report.crowdTable());
    }
    Path written = report.write(out);
    console.println(Texts.get("compare.cli.written", written));
    console.flush();
    List<String> failed = results.stream().filter(r -> !r.measured()).map(ModeResult::label)
        .toList();
    if (!failed.isEmpty()) {
      spec.commandLine().getErr().println(Texts.get("compare.cli.failed",
          String.join(", ", failed), duration.toSeconds()));
      return Main.EXIT_FAILURE;
    }
    return 0;
  }

  private static FeedServer demoServer(double totalRate) throws Exception {
    return new FeedServer(DemoFeedConfig.defaults()
        .withRate(totalRate / DemoFeedConfig.DEMO_SERIES)).start();
  }
}
