package org.livedash.app;

import org.livedash.transport.DaemonThreads;
import org.livedash.model.Reason;
import org.livedash.i18n.Texts;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.livedash.feed.DecodedFrame;
import org.livedash.feed.FeedCodec;
import org.livedash.feed.FeedEndpoints;
import org.livedash.model.FeedMode;
import org.livedash.model.ModeStats;
import org.livedash.model.StatsSnapshot;
import org.livedash.report.ModeResult;
import org.livedash.transport.ClockProbe;
import org.livedash.transport.FeedListener;
import org.livedash.transport.FeedTransport;
import org.livedash.transport.FollowedPosition;
import org.livedash.transport.polling.PollingTransport;
import org.livedash.transport.websocket.WebSocketClients;
import org.livedash.transport.websocket.WebSocketTransport;
import org.livedash.client.FeedAccess;
import org.livedash.client.LaunchOptions;
import org.livedash.client.AppContext;

/**
 * Runs the comparison: each mode through the application's own pipeline for a fixed time after
 * a warm-up (only the time after the warm-up counts), and the server-cost run with many bare
 * clients at once. Server CPU is read from the demo server's threads, so it is known only for
 * the embedded feed.
 */
public final class CompareRunner {
  private final PrintWriter console;
  private final Duration warmup;
  private final Duration duration;
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final FeedAccess access = FeedAccess.standard();

  public CompareRunner(PrintWriter console, Duration warmup, Duration duration) {
    this.console = console;
    this.warmup = warmup;
    this.duration = duration;
  }

  public List<ModeResult> measureAll(FeedEndpoints endpoints, List<ModeSpec> specs)
      throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    double rtt = new ClockProbe(http, Clock.systemUTC(), 11, access.credentials())
        .estimate(endpoints).rttMicros() / 1000.0;
    List<ModeResult> results = new ArrayList<>();
    for (ModeSpec s : specs) {
      console.println(Texts.get("compare.cli.measuring", s.label(),
          duration.toSeconds(), warmup.toSeconds()));
      console.flush();
      results.add(measure(endpoints, s, rtt));
    }
    return results;
  }

  private ModeResult measure(FeedEndpoints endpoints, ModeSpec s, double rtt) throws Exception {
    LaunchOptions options = new LaunchOptions(endpoints, s.mode(), s.interval(),
        LaunchOptions.Theme.DARK, 10, null, null, true, false,
        access.withBrowserHeaders(s.browserHeaders()), null, null);
    try (AppContext context = AppContext.start(options)) {
      Thread.sleep(warmup.toMillis());
      // Taken after the warm-up: the mode's segment begins when its connection does.
      ModeStats stats = context.stats().of(s.mode());
      StatsSnapshot a = stats.snapshot(System.nanoTime());
      Histogram ha = stats.latencyHistogram();
      double cpuA = serverCpuMillis();
      Thread.sleep(duration.toMillis());
      StatsSnapshot b = stats.snapshot(System.nanoTime());
      Histogram hb = stats.latencyHistogram();
      double cpuB = serverCpuMillis();
      hb.subtract(ha);
      return ModeResult.between(s.label(), s.intervalMillis(), a, b, hb, rtt,
          cpuA < 0 ? -1 : cpuB - cpuA);
    }
  }

  /** {@code clients} bare clients at once per mode: what they cost the server. */
  public List<ModeResult> crowd(FeedEndpoints endpoints, List<ModeSpec> specs, int clients,
      Duration time) throws Exception {
    List<ModeResult> results = new ArrayList<>();
    WebSocketClients ws = access.webSocketClients(5_000);
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    ScheduledExecutorService timer = Executors.newScheduledThreadPool(2,
        DaemonThreads.named("crowd-timer"));
    ExecutorService connect = Executors.newFixedThreadPool(4, DaemonThreads.named("crowd-connect"));
    FeedCodec codec = new FeedCodec();
    try {
      for (ModeSpec s : specs) {
        console.println(Texts.get("compare.cli.crowd", clients, s.label(),
            time.toSeconds()));
        console.flush();
        Tally tally = new Tally();
        List<FeedTransport> running = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
          FeedTransport t = s.mode() == FeedMode.WS
              ? new WebSocketTransport(ws, endpoints, codec, connect, timer, Clock.systemUTC(),
                  Duration.ofSeconds(10), access.credentials())
              : new PollingTransport(http, endpoints, codec, timer, Clock.systemUTC(),
                  s.interval(), Duration.ofSeconds(10), s.mode() == FeedMode.LONGPOLL,
                  access.credentials()).withBrowserHeaders(s::browserHeaders);
          FollowedPosition position = new FollowedPosition();
          t.start(position, tally.client(position));
          running.add(t);
        }
        Thread.sleep(warmup.toMillis());
        long updates = tally.updates.get();
        long requests = tally.requests.get();
        double cpu = serverCpuMillis();
        Thread.sleep(time.toMillis());
        double used = serverCpuMillis() - cpu;
        running.forEach(FeedTransport::close);
        results.add(new ModeResult(s.label(), s.intervalMillis(), time.toMillis() / 1000.0,
            tally.updates.get() - updates, 0, 0, 0, 0, 0, tally.requests.get() - requests, 0,
            new Histogram(3), 0, used, org.livedash.model.WireCount.NONE));
      }
    } finally {
      ws.shutdown();
      timer.shutdownNow();
      connect.shutdownNow();
    }
    return results;
  }

  /** Counts what many bare clients receive. */
  private static final class Tally implements FeedListener {
    final AtomicLong updates = new AtomicLong();
    final AtomicLong requests = new AtomicLong();

    /** One of the crowd: follows its own place in the feed and counts into this tally. */
    FeedListener client(FollowedPosition position) {
      Tally tally = this;
      return new FeedListener() {
        @Override
        public void onFrame(DecodedFrame frame, long receivedMicros) {
          position.follow(frame);
          tally.onFrame(frame, receivedMicros);
        }

        @Override
        public void onTraffic(long in, long out, int requestCount, boolean emptyPoll) {
          tally.onTraffic(in, out, requestCount, emptyPoll);
        }

        @Override
        public void onFailure(Reason reason, Throwable cause) {
          tally.onFailure(reason, cause);
        }
      };
    }

    @Override
    public void onFrame(DecodedFrame frame, long receivedMicros) {
      updates.addAndGet(frame.updates().size());
    }

    @Override
    public void onTraffic(long in, long out, int requestCount, boolean emptyPoll) {
      requests.addAndGet(requestCount);
    }

    @Override
    public void onFailure(Reason reason, Throwable cause) {
      // A client that drops out just stops counting; the tally shows the shortfall.
    }
  }

  /** CPU used so far by the embedded demo server's threads, or -1 if none run here. */
  private double serverCpuMillis() {
    long total = 0;
    boolean any = false;
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && info.getThreadName().startsWith("demo-feed")) {
        long cpu = threads.getThreadCpuTime(info.getThreadId());
        if (cpu > 0) {
          total += cpu;
          any = true;
        }
      }
    }
    return any ? total / 1e6 : -1;
  }
}
