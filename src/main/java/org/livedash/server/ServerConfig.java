package org.livedash.server;

import org.livedash.model.InvalidInputException;
import org.livedash.model.Reason;


/**
 * How a feed server listens and remembers, whatever its source.
 *
 * @param host address to bind; loopback unless the user asks otherwise
 * @param port TCP port, 0 for any free one
 * @param historyCapacity updates kept for polling and resume
 * @param heartbeatMillis period of heartbeat frames to push clients
 * @param headerDeadlineMillis how long a request's line and headers may take to arrive, from
 *     their first byte: a client trickling them (slowloris) is cut off after this
 */
public record ServerConfig(String host, int port, int historyCapacity, long heartbeatMillis,
    long headerDeadlineMillis) {
  /** Ten seconds for a request's line and headers. */
  public static final long HEADER_DEADLINE_MILLIS = 10_000;

  /** A server that gives requests {@link #HEADER_DEADLINE_MILLIS} for their headers. */
  public ServerConfig(String host, int port, int historyCapacity, long heartbeatMillis) {
    this(host, port, historyCapacity, heartbeatMillis, HEADER_DEADLINE_MILLIS);
  }

  public ServerConfig {
    if (port < 0 || port > 65_535) {
      throw new InvalidInputException(Reason.of("serve.port", port));
    }
    if (historyCapacity < 1) {
      throw new InvalidInputException(Reason.of("serve.history"));
    }
    if (heartbeatMillis < 10) {
      throw new InvalidInputException(Reason.of("serve.heartbeat"));
    }
    if (headerDeadlineMillis < 100) {
      throw new InvalidInputException(Reason.of("serve.headerDeadline"));
    }
  }

  /** Loopback, any free port, 100 000 updates of history, a heartbeat a second. */
  public static ServerConfig defaults() {
    return new ServerConfig("127.0.0.1", 0, 100_000, 1_000);
  }

  public ServerConfig withPort(int newPort) {
    return new ServerConfig(host, newPort, historyCapacity, heartbeatMillis,
        headerDeadlineMillis);
  }

  public ServerConfig withHeaderDeadline(long millis) {
    return new ServerConfig(host, port, historyCapacity, heartbeatMillis, millis);
  }
}
