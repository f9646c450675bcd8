package org.livedash.transport;

import org.livedash.model.Reason;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.livedash.feed.FeedEndpoints;
import org.livedash.model.ClockOffset;
import org.livedash.model.EpochMicros;

/**
 * Estimates the server's clock offset from a few {@code GET /api/time} exchanges, keeping the
 * one with the shortest round trip (the NTP idea: the least-delayed exchange is the least
 * skewed). Latency figures across machines are only honest once corrected by it; on one machine
 * both ends read the same clock and the correction is left off.
 */
public final class ClockProbe {
  private static final Pattern TIME = Pattern.compile("\"t\"\\s*:\\s*(\\d+)");

  private final HttpClient http;
  private final Clock clock;
  private final int exchanges;
  private final Credentials credentials;

  public ClockProbe(HttpClient http, Clock clock, int exchanges, Credentials credentials) {
    this.http = http;
    this.clock = clock;
    this.exchanges = exchanges;
    this.credentials = credentials;
  }

  public ClockOffset estimate(FeedEndpoints endpoints) throws IOException, InterruptedException {
    URI uri = endpoints.time();
    HttpRequest request = credentials.applyTo(
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5))).build();
    long bestRtt = Long.MAX_VALUE;
    long bestOffset = 0;
    for (int i = 0; i < exchanges; i++) {
      long sent = EpochMicros.now(clock);
      HttpResponse<byte[]> response = http.send(request, BoundedBody.ofBytes(4096));
      long received = EpochMicros.now(clock);
      Matcher m = TIME.matcher(new String(response.body(), StandardCharsets.UTF_8));
      if (response.statusCode() != 200 || !m.find()) {
        throw new ReasonedIOException(Reason.of("clock.noAnswer", uri));
      }
      long rtt = received - sent;
      if (rtt < bestRtt) {
        bestRtt = rtt;
        bestOffset = Long.parseLong(m.group(1)) - (sent + received) / 2;
      }
    }
    return new ClockOffset(bestOffset, bestRtt, !isThisMachine(uri.getHost()));
  }

  static boolean isThisMachine(String host) {
    try {
      InetAddress address = InetAddress.getByName(host);
      return address.isLoopbackAddress() || address.isAnyLocalAddress();
    } catch (IOException e) {
      return false;
    }
  }
}
