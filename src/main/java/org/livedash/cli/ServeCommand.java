package org.livedash.cli;

import org.livedash.i18n.Texts;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.livedash.feed.profile.Profile;
import org.livedash.server.DemoFeedConfig;
import org.livedash.server.FeedServer;
import org.livedash.server.FeedSource;
import org.livedash.server.RedisFeedConfig;
import org.livedash.server.ServerAccess;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import org.livedash.alert.AlertCommand;
import org.livedash.alert.AlertDispatch;
import org.livedash.alert.AlertsFile;
import picocli.CommandLine.Option;
import org.livedash.client.FeedAccess;
import org.livedash.relay.ProfileSource;

/**
 * {@code livedash serve}: a feed server alone, headless, until interrupted — the demo feed, or a
 * relay of an MQTT broker.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Run a feed server (WebSocket push and HTTP polling on one port): the demo"
        + " feed, or a relay of an MQTT broker's messages.")
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to bind. Default: ${DEFAULT-VALUE} (this machine only).")
  String host;

  @Option(names = "--port", defaultValue = "8080",
      description = "TCP port, 0 for any free one. Default: ${DEFAULT-VALUE}.")
  int port;

  @CommandLine.Mixin
  SourceOptions source = new SourceOptions();

  @Option(names = "--profile", paramLabel = "FILE",
      description = "Relay a public JSON feed described by this client profile: one upstream"
          + " connection for every dashboard (secrets from LIVEDASH_SECRET_<NAME>).")
  Path profile;

  @Option(names = "--redis", paramLabel = "redis://HOST:PORT",
      description = "Share the feed with other relays through this Redis: its history, stream"
          + " and numbering; one relay at a time publishes the source (password from"
          + " LIVEDASH_REDIS_PASSWORD).")
  String redis;

  @Option(names = "--feed", paramLabel = "NAME", defaultValue = "livedash",
      description = "The shared feed's name in Redis: relays of one name serve one feed."
          + " Default: ${DEFAULT-VALUE}.")
  String feed;

  @Option(names = "--rate", defaultValue = "10",
      description = "Updates per second of each of the 12 series (at most 100000 in all)."
          + " Default: ${DEFAULT-VALUE}.")
  double rate;

  @Option(names = "--history", defaultValue = "100000",
      description = "Updates kept for polling and resume. Default: ${DEFAULT-VALUE}.")
  int history;

  @Option(names = "--tls-keystore", paramLabel = "P12",
      description = "Serve wss:// and https:// with the key and certificate of this PKCS#12 key"
          + " store; its password comes from the LIVEDASH_TLS_PASSWORD environment variable.")
  Path tlsKeyStore;

  /** The bearer token every request must carry ('Authorization: Bearer'). */
  @CommandLine.Mixin
  TokenOption token = new TokenOption();

  @Option(names = "--allow-host", paramLabel = "NAME",
      description = "A host name clients reach this server by (repeatable): a reverse proxy's"
          + " public name. Loopback names, the bound address and the TLS certificate's names"
          + " are allowed without it; any other is refused, so DNS rebinding gets nothing.")
  List<String> allowedHosts = new ArrayList<>();

  @Option(names = "--allow-origin", paramLabel = "ORIGIN",
      description = "A web origin (https://example.org) whose pages may use the feed"
          + " (repeatable). Other browser pages are refused; non-browser clients send none.")
  List<String> allowedOrigins = new ArrayList<>();

  @Option(names = "--max-clients", defaultValue = "10000",
      description = "WebSocket clients served at once. Default: ${DEFAULT-VALUE}.")
  int maxClients;

  @CommandLine.Mixin
  AlertOptions alerts = new AlertOptions();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Reads environment variables; tests give their own. */
  Function<String, String> environment = System::getenv;

  /** Whether this installation has the Redis client: the desktop image leaves it out. */
  static boolean redisClientPresent() {
    try {
      Class.forName("io.lettuce.core.RedisClient", false, ServeCommand.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  @Override
  public Integer call() throws Exception {
    FeedServer server;
    ServerAccess access;
    org.livedash.client.Alerting alerting = alerts.alerting(spec.commandLine());
    try {
      DemoFeedConfig d = DemoFeedConfig.defaults();
      DemoFeedConfig config =
          new DemoFeedConfig(host, port, rate, history, d.heartbeatMillis(), d.tickMillis());
      access = access();
      FeedSource relayed = source.create(environment);
      if (profile != null) {
        if (relayed != null) {
          throw new IllegalArgumentException(Texts.get("serve.profileIsSource"));
        }
        Profile p = Profile.read(profile);
        for (String name : p.secretNames()) {
          if (environment.apply(FeedAccess.secretVariable(name)) == null) {
            throw new IllegalArgumentException(Texts.get("cli.secret", name,
                FeedAccess.secretVariable(name)));
          }
        }
        relayed = new ProfileSource(p, name -> environment.apply(FeedAccess.secretVariable(name)));
      }
      if (redis != null) {
        if (!redisClientPresent()) {
          throw new IllegalArgumentException(Texts.get("serve.redisNotInImage"));
        }
        String password = environment.apply("LIVEDASH_REDIS_PASSWORD");
        RedisFeedConfig shared = new RedisFeedConfig(RedisFeedConfig.address(redis), feed,
            password == null ? null : password.toCharArray(),
            RedisFeedConfig.DEFAULT_LEASE_MILLIS);
        server = new FeedServer(config.server(), relayed != null ? relayed
            : FeedServer.demoSource(config), access, shared);
      } else if (source.isNone()) {
        throw new IllegalArgumentException(Texts.get("serve.noneNeedsRedis"));
      } else {
        server = relayed == null ? new FeedServer(config, access)
            : new FeedServer(config.server(), relayed, access);
      }
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), Texts.message(e));
    }
    if (access.token() == null && !isLoopback(host)) {
      spec.commandLine().getErr().println(Texts.get("serve.noToken", host));
      spec.commandLine().getErr().flush();
    }
    CountDownLatch stopped = new CountDownLatch(1);
    // The rules judged here: told to the clients that ask, and to --on-alert and --alerts-out.
    try (AlertDispatch told = told(alerting);
        FeedServer s = server.judging(alerting.rules(), told).start()) {
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "serve-shutdown"));
      spec.commandLine().getOut().println(Texts.get(
          source.isDemo() && redis == null && profile == null ? "serve.startedDemo"
              : "serve.startedRelay", s.url(), (access.tls() ? "https" : "http") + "://" + host
              + ":" + s.port(), Texts.of(s.sourceDescription())));
      spec.commandLine().getOut().flush();
      stopped.await();
    }
    return 0;
  }

  /** Where the relay's alerts go besides its clients: the command and the file asked for. */
  private static AlertDispatch told(org.livedash.client.Alerting alerting) {
    AlertDispatch told = new AlertDispatch();
    if (alerting.onAlert() != null) {
      told.to(new AlertCommand(alerting.onAlert()));
    }
    if (alerting.alertsOut() != null) {
      told.to(new AlertsFile(alerting.alertsOut()));
    }
    return told;
  }

  private ServerAccess access() {
    if (tlsKeyStore != null && !Files.isReadable(tlsKeyStore)) {
      throw new IllegalArgumentException(Texts.get("cli.unreadable", "--tls-keystore",
          tlsKeyStore));
    }
    String password = environment.apply("LIVEDASH_TLS_PASSWORD");
    String t = token.token(environment);
    return new ServerAccess(tlsKeyStore, password == null ? null : password.toCharArray(), t,
        allowedOrigins, maxClients, allowedHosts);
  }

  static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
