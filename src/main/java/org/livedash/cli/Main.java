package org.livedash.cli;

import org.livedash.i18n.Texts;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.livedash.feed.FeedEndpoints;
import org.livedash.feed.profile.Profile;
import org.livedash.model.FeedMode;
import org.livedash.server.FeedSource;
import org.livedash.transport.Credentials;
import org.livedash.transport.TlsTrust;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import org.livedash.app.LiveDashApp;
import org.livedash.app.HeadlessRun;
import org.livedash.app.LessonRun;
import org.livedash.client.Version;
import org.livedash.client.FeedAccess;
import org.livedash.client.LaunchOptions;

/**
 * The {@code livedash} command: with no arguments, the dashboard on the embedded demo feed;
 * with {@code --url}, on a server of the user's; {@code serve} runs the demo feed alone. A bad
 * flag or URL gets one line on stderr and exit code 2.
 */
@Command(
    name = "livedash",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    subcommands = {ServeCommand.class, CompareCommand.class, MappingCommand.class,
        RecordingCommand.class},
    sortOptions = false,
    description = {
        "Live dashboard for sensor and market data pushed over WebSocket, with an HTTP polling"
            + " mode to compare against.",
        "With no --url it starts an embedded demo feed on 127.0.0.1 and connects to it."},
    footer = {"", "Exit codes: 0 ok, 1 failure, 2 bad arguments, 3 no updates received"
        + " (with --exit-after).",
        "Files: settings, profiles and views in $XDG_CONFIG_HOME/livedash (else"
            + " $HOME/.config/livedash); the log in $XDG_STATE_HOME/livedash (else"
            + " $HOME/.local/state/livedash); the window's recordings in"
            + " $XDG_DATA_HOME/livedash/recordings (else $HOME/.local/share/livedash/recordings);"
            + " the start-up archive in $XDG_CACHE_HOME/livedash (else $HOME/.cache/livedash). On"
            + " Windows, LiveDash under APPDATA and LOCALAPPDATA; on macOS, under ~/Library."})
public final class Main implements Callable<Integer> {
  public static final int EXIT_FAILURE = 1;
  public static final int EXIT_USAGE = 2;
  static final int EXIT_NO_DATA = 3;

  @Option(names = "--url", paramLabel = "URL",
      description = "Feed server: ws://host:port/feed, http://host:port or host:port;"
          + " relays of one feed comma-separated (failed over in turn)."
          + " Default: the embedded demo feed.")
  String url;

  @Option(names = "--profile", paramLabel = "FILE",
      description = "A JSON WebSocket feed in its own shape: where it is, what to send to"
          + " subscribe, and how its messages map to series (see docs/mapping.md).")
  Path profileFile;

  @Option(names = "--poll-url", paramLabel = "URL",
      description = "Polling endpoint, if not <server>/api/updates.")
  String pollUrl;

  /** The bearer token sent as 'Authorization: Bearer' on the handshake and every request. */
  @CommandLine.Mixin
  TokenOption token = new TokenOption();

  @Option(names = "--header", paramLabel = "'NAME: VALUE'",
      description = "An extra request header for the feed (repeatable), e.g. an API key.")
  List<String> headers = new ArrayList<>();

  @Option(names = "--ca-file", paramLabel = "PEM",
      description = "Trust the certificates in this PEM file for wss:// and https:// (a private"
          + " CA, or a server's self-signed certificate). Host names are always verified.")
  Path caFile;

  @Option(names = "--mode", paramLabel = "ws|poll|longpoll", defaultValue = "ws",
      converter = ModeConverter.class,
      description = "Start with WebSocket push (ws), HTTP polling (poll) or long-polling"
          + " (longpoll)."
          + " Default: ${DEFAULT-VALUE}.")
  FeedMode mode;

  @Option(names = "--poll-interval", paramLabel = "TIME", defaultValue = "1s",
      converter = DurationConverter.class,
      description = "Time between polls: 250ms, 1s, 2.5s. Default: ${DEFAULT-VALUE}.")
  Duration pollInterval;

  @Option(names = "--theme", paramLabel = "light|dark", converter = ThemeConverter.class,
      description = "Window theme. Default: the one used last (dark at first).")
  LaunchOptions.Theme theme;

  @Option(names = "--exit-after", paramLabel = "SECONDS",
      description = "Quit after this many seconds (scripted runs).")
  Double exitAfterSeconds;

  @Option(names = "--stats-out", paramLabel = "FILE",
      description = "On exit, write the statistics as JSON (see docs/stats-json.md).")
  Path statsOut;

  @Option(names = "--record", paramLabel = "FILE",
      description = "Record the feed to this MCAP file (Foxglove, Lichtblick and PlotJuggler"
          + " open it), headless too.")
  Path record;

  @Option(names = "--headless",
      description = "Run the feed and statistics without a window (with --exit-after for"
          + " measurements).")
  boolean headless;

  @Option(names = "--print-startup",
      description = "Print how long after start the first live point was on screen.")
  boolean printStartup;

  @Option(names = "--demo-rate", paramLabel = "N", defaultValue = "10",
      description = "Updates per second of each embedded demo series. Default: ${DEFAULT-VALUE}.")
  double demoRate;

  @Option(names = "--max-frame-size", paramLabel = "SIZE", defaultValue = "8MiB",
      converter = FrameSizeConverter.class,
      description = "Largest WebSocket frame accepted (1MiB to 64MiB); a larger one is reported"
          + " as the server's fault. Default: ${DEFAULT-VALUE}.")
  int maxFrameBytes;

  @Option(names = "--lang", paramLabel = "en|es", converter = LanguageConverter.class,
      description = "The language of the window and its reports: en or es. Default: the"
          + " system's (Spanish for any Spanish locale, else English).")
  java.util.Locale language;

  @Option(names = "--browser-headers",
      description = "Poll with a web browser's request headers (user agent, accept lines,"
          + " referer, cookies) to measure what they cost; the wire view switches it too.")
  boolean browserHeaders;

  @CommandLine.Mixin
  SourceOptions source = new SourceOptions();

  @CommandLine.Mixin
  LessonOptions lesson = new LessonOptions();

  @CommandLine.Mixin
  AlertOptions alerts = new AlertOptions();

  @CommandLine.Mixin
  AddedFeedOptions added = new AddedFeedOptions();

  @CommandLine.Mixin
  LayoutOption layout = new LayoutOption();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Reads environment variables; tests give their own. */
  java.util.function.Function<String, String> environment = System::getenv;

  public static void main(String[] args) {
    Logging.configure();
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code. */
  public static int run(String... args) {
    useLanguage(args);
    return commandLine().execute(args);
  }

  /** Runs the command line with its output captured, for tests. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    useLanguage(args);
    CommandLine cl = commandLine();
    cl.setOut(out);
    cl.setErr(err);
    return cl.execute(args);
  }

  /**
   * Chooses the language before anything is written: {@code --lang} if given and valid (a bad
   * one is reported by the option's own check), else the system's.
   */
  static void useLanguage(String... args) {
    for (int i = 0; i < args.length; i++) {
      String value = args[i].startsWith("--lang=") ? args[i].substring(7)
          : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
      if (value != null) {
        try {
          org.livedash.i18n.Texts.use(org.livedash.i18n.Texts.parse(value));
        } catch (IllegalArgumentException e) {
          // Reported by the option's converter, in one line.
        }
      }
    }
  }


  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    // The help in the language in use: the annotations' English, or the Spanish bundle.
    cl.setResourceBundle(Texts.cliBundle());
    cl.setParameterExceptionHandler((e, a) -> {
      PrintWriter err = e.getCommandLine().getErr();
      err.println(Texts.get("cli.usageError", CliErrors.say(e)));
      err.flush();
      return EXIT_USAGE;
    });
    cl.setExecutionExceptionHandler((e, c, p) -> {
      PrintWriter err = c.getErr();
      err.println("livedash: " + Texts.of(org.livedash.transport.Failures.rootMessage(e)));
      err.flush();
      return EXIT_FAILURE;
    });
    return cl;
  }

  @Override
  public Integer call() throws Exception {
    LaunchOptions options = options();
    if (lesson.lesson && options.headless()) {
      lesson.checkFeed(options.profile(), spec.commandLine());
      LessonRun.run(options, lesson.step, lesson.out, spec.commandLine().getOut());
      return 0;
    }
    org.livedash.model.Layout opened = layout.read(spec.commandLine());
    if (opened != null) {
      options = layout.firstFeed(opened, options, url != null || profileFile != null,
          spec.commandLine());
      if (options.headless()) {
        // The window opens them itself, as it opens a layout from its menu.
        added.feeds.addAll(0, LayoutOption.beside(opened));
      }
    }
    List<LaunchOptions> others = added.options(options, spec.commandLine());
    long updates = options.headless()
        ? HeadlessRun.run(options, others, spec.commandLine().getOut())
        : LiveDashApp.launch(options, added.named(), opened, lesson.lesson, language != null);
    if (options.exitAfter() != null && updates == 0) {
      spec.commandLine().getErr().println(Texts.get("cli.noUpdates",
          options.exitAfter().toMillis() / 1000.0));
      return EXIT_NO_DATA;
    }
    return 0;
  }

  /** Validates the flags together, as one-line errors. */
  LaunchOptions options() {
    FeedEndpoints endpoints = null;
    Profile profile = null;
    FeedSource relayed;
    try {
      relayed = source.isDemo() ? null : relayed();
      if (profileFile != null) {
        if (url != null || mode != FeedMode.WS) {
          throw new IllegalArgumentException(Texts.get("cli.profileAlone"));
        }
        profile = Profile.read(profileFile);
        endpoints = org.livedash.client.AddedFeed.endpointsOf(profile);
      } else if (url != null) {
        endpoints = FeedEndpoints.fromUrls(url);
        if (pollUrl != null) {
          endpoints = endpoints.withUpdates(pollUrl);
        }
      } else if (pollUrl != null) {
        throw new IllegalArgumentException(Texts.get("cli.pollUrlAlone"));
      }
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), Texts.message(e));
    }
    if (pollInterval.toMillis() < 10) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          Texts.get("cli.pollInterval"));
    }
    if (exitAfterSeconds != null && !(exitAfterSeconds > 0)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          Texts.get("cli.exitAfter"));
    }
    if (!(demoRate > 0) || demoRate > 8_000) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          Texts.get("cli.demoRate"));
    }
    Duration exitAfter = exitAfterSeconds == null ? null
        : Duration.ofMillis(Math.round(exitAfterSeconds * 1000));
    FeedAccess access = access();
    if (profile != null) {
      checkProfile(profile, access);
    }
    // The lesson's demo feed is slow enough for empty polls to show, unless a rate was given.
    double rate = lesson.lesson && !spec.commandLine().getParseResult()
        .hasMatchedOption("--demo-rate") ? LessonOptions.LESSON_DEMO_RATE : demoRate;
    return new LaunchOptions(endpoints, mode, pollInterval, theme, rate, exitAfter, statsOut,
        headless, printStartup, access, profile, relayed).recordingTo(recordFile())
        .alertingWith(alerts.alerting(spec.commandLine()));
  }

  /** The file {@code --record} names, its folder made; one line when it cannot be written. */
  private Path recordFile() {
    if (record == null) {
      return null;
    }
    try {
      Path parent = record.toAbsolutePath().getParent();
      if (parent != null) {
        java.nio.file.Files.createDirectories(parent);
      }
      java.nio.file.Files.newOutputStream(record, java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.WRITE).close();
      return record;
    } catch (java.io.IOException e) {
      String why = e instanceof java.nio.file.FileSystemException f && f.getReason() != null
          ? f.getReason() : Texts.get("cli.recordNotWritable");
      throw new CommandLine.ParameterException(spec.commandLine(),
          Texts.get("cli.recordUnwritable", record, why));
    }
  }

  /** An embedded relay's source: it takes the place of the demo feed. */
  private FeedSource relayed() {
    if (url != null || profileFile != null) {
      throw new IllegalArgumentException(Texts.get("cli.sourceAlone"));
    }
    if (source.isNone()) {
      throw new IllegalArgumentException(Texts.get("cli.sourceNone"));
    }
    return source.create(environment);
  }

  /**
   * A profile's secrets must be set before it connects (one line naming the variable if not),
   * and what it would break of the venue's limits is said before it does.
   */
  private void checkProfile(Profile profile, FeedAccess access) {
    for (String name : profile.secretNames()) {
      if (access.secret(name) == null) {
        throw new CommandLine.ParameterException(spec.commandLine(), Texts.get(
            name.equals("token") ? "cli.secretOrToken" : "cli.secret", name,
            FeedAccess.secretVariable(name)));
      }
    }
    if (profile.limits() != null) {
      profile.limits().warnings(profile.symbols().size()).forEach(w ->
          spec.commandLine().getErr().println(Texts.get("cli.warning", w)));
    }
  }

  /** The token, extra headers and TLS trust, checked; their values never appear in an error. */
  FeedAccess access() {
    try {
      if (url == null && profileFile == null && (token.given() || !headers.isEmpty())) {
        throw new IllegalArgumentException(Texts.get("cli.credentialsNeedUrl"));
      }
      // The environment's token is for the user's own feed, never sent to the embedded one.
      String t = url == null && profileFile == null ? null : token.token(environment);
      Credentials credentials = Credentials.of(t, headers);
      java.util.function.Function<String, String> env = environment;
      return new FeedAccess(credentials, caFile == null ? TlsTrust.standard()
          : TlsTrust.fromPem(caFile), name -> {
            String v = env.apply(FeedAccess.secretVariable(name));
            return v == null && name.equals("token") ? t : v;
          }, maxFrameBytes, browserHeaders);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), Texts.message(e));
    }
  }



  /** Reports the version from the build. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"LiveDash " + Version.get()};
    }
  }
}
