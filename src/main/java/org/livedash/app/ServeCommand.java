package org.livedash.app;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.livedash.server.DemoFeedConfig;
import org.livedash.server.DemoFeedServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code livedash serve}: the demo feed server alone, headless, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Run the demo feed server (WebSocket push and HTTP polling on one port).")
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to bind. Default: ${DEFAULT-VALUE} (this machine only).")
  String host;

  @Option(names = "--port", defaultValue = "8080",
      description = "TCP port, 0 for any free one. Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--rate", defaultValue = "10",
      description = "Updates per second of each of the 12 series (at most 100000 in all)."
          + " Default: ${DEFAULT-VALUE}.")
  double rate;

  @Option(names = "--history", defaultValue = "100000",
      description = "Updates kept for polling and resume. Default: ${DEFAULT-VALUE}.")
  int history;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    DemoFeedConfig config;
    try {
      DemoFeedConfig d = DemoFeedConfig.defaults();
      config = new DemoFeedConfig(host, port, rate, history, d.heartbeatMillis(), d.tickMillis());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    DemoFeedServer server;
    try {
      server = new DemoFeedServer(config);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    try (DemoFeedServer s = server.start()) {
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "serve-shutdown"));
      spec.commandLine().getOut().printf(
          "LiveDash demo feed on %s (HTTP: http://%s:%d/api/series, /api/updates)"
              + " — %d series at %.0f updates/s each. Ctrl-C stops.%n",
          s.url(), host, s.port(), s.catalogue().size(), rate);
      spec.commandLine().getOut().flush();
      stopped.await();
    }
    return 0;
  }
}
