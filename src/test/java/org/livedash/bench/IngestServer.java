package org.livedash.bench;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.livedash.model.EpochMicros;
import org.livedash.model.Reason;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;
import org.livedash.server.FeedServer;
import org.livedash.server.FeedSource;
import org.livedash.server.Reading;
import org.livedash.server.ServerAccess;
import org.livedash.server.ServerConfig;

/**
 * The ingest benchmark's server, in a process of its own: the LiveDash feed server with a source
 * that issues a steady {@code RATE} updates a second across twelve series, in batches every
 * 10 ms, each update stamped with the time it was made (the demo simulator stops at
 * 100 000/s, far below what a client can take).
 *
 * <p>{@code IngestServer PORT RATE}: serves until killed.
 */
public final class IngestServer {
  private IngestServer() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    double rate = Double.parseDouble(args[1]);
    int count = args.length > 2 ? Integer.parseInt(args[2]) : 12;
    ServerConfig config = new ServerConfig("127.0.0.1", port, 10_000, 1_000);
    try (FeedServer server = new FeedServer(config, new SteadySource(rate, count),
        ServerAccess.open())
        .start()) {
      System.out.println("serving " + server.url() + " at " + rate + " updates/s");
      Thread.currentThread().join();
    }
  }

  /** Twelve series (or so many), {@code rate} updates a second in all, a batch each 10 ms. */
  private static final class SteadySource implements FeedSource {
    private final int count;
    private final double rate;
    private final List<SeriesMeta> series = new ArrayList<>();
    private long lastNanos;
    private double due;
    private double value = 50;
    private int next;

    SteadySource(double rate, int count) {
      this.rate = rate;
      this.count = count;
      for (int i = 0; i < count; i++) {
        series.add(SeriesMeta.of("s" + i, "series " + i, "°C", SeriesKind.SENSOR, 0, 100));
      }
    }

    @Override
    public List<SeriesMeta> initialSeries() {
      return series;
    }

    @Override
    public SeriesMeta describe(String seriesId) {
      return null;
    }

    @Override
    public void start(ReadingSink out, ScheduledExecutorService timer) {
      lastNanos = System.nanoTime();
      timer.scheduleAtFixedRate(() -> tick(out), 10, 10, TimeUnit.MILLISECONDS);
    }

    private void tick(ReadingSink out) {
      long now = System.nanoTime();
      due += rate * (now - lastNanos) / 1e9;
      lastNanos = now;
      int n = (int) due;
      due -= n;
      long micros = EpochMicros.now(Clock.systemUTC());
      List<Reading> batch = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        value += (k % 7 - 3) * 0.01;
        // Times step by a microsecond so no series' time ever goes back.
        batch.add(Reading.of(series.get(next).id(), micros - n + k, value));
        next = (next + 1) % count;
      }
      if (!batch.isEmpty()) {
        out.publish(batch);
      }
    }

    @Override
    public Reason description() {
      return Reason.of("verbatim", "a steady " + rate + " updates/s");
    }

    @Override
    public Reason problem() {
      return null;
    }

    @Override
    public void close() {}
  }
}
