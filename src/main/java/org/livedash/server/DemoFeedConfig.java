package org.livedash.server;

import org.livedash.model.InvalidInputException;
import org.livedash.model.Reason;


/**
 * How the demo feed server runs: where it listens, and how fast its simulator goes.
 *
 * @param host address to bind; loopback unless the user asks otherwise
 * @param port TCP port, 0 for any free one
 * @param ratePerSeries updates per second of each series
 * @param historyCapacity updates kept for polling and resume
 * @param heartbeatMillis period of heartbeat frames to push clients
 * @param tickMillis how often the generator emits a batch
 */
public record DemoFeedConfig(
    String host,
    int port,
    double ratePerSeries,
    int historyCapacity,
    long heartbeatMillis,
    long tickMillis) {
  /** How many series the demo feed has: six sensors and six stocks. */
  public static final int DEMO_SERIES = 12;

  /** Limit on the whole feed's rate: 100 000 updates a second across all series. */
  public static final double MAX_TOTAL_RATE = 100_000;

  public DemoFeedConfig {
    new ServerConfig(host, port, historyCapacity, heartbeatMillis);
    if (!(ratePerSeries > 0)) {
      throw new InvalidInputException(Reason.of("demo.rateAboveZero", ratePerSeries));
    }
    if (tickMillis < 1) {
      throw new InvalidInputException(Reason.of("demo.tickTooShort"));
    }
  }

  /** How the server listens and remembers. */
  public ServerConfig server() {
    return new ServerConfig(host, port, historyCapacity, heartbeatMillis);
  }

  /** Loopback, any free port, 10 updates/s per series, 100 000 updates of history. */
  public static DemoFeedConfig defaults() {
    return new DemoFeedConfig("127.0.0.1", 0, 10, 100_000, 1_000, 10);
  }

  public DemoFeedConfig withPort(int newPort) {
    return new DemoFeedConfig(host, newPort, ratePerSeries, historyCapacity, heartbeatMillis,
        tickMillis);
  }

  public DemoFeedConfig withRate(double rate) {
    return new DemoFeedConfig(host, port, rate, historyCapacity, heartbeatMillis, tickMillis);
  }

  public DemoFeedConfig withHistory(int updates) {
    return new DemoFeedConfig(host, port, ratePerSeries, updates, heartbeatMillis, tickMillis);
  }

  public DemoFeedConfig withHost(String newHost) {
    return new DemoFeedConfig(newHost, port, ratePerSeries, historyCapacity, heartbeatMillis,
        tickMillis);
  }
}
