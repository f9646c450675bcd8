package org.livedash.bench;

import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One polling client of the scale bench: its position, and its next request once the last is
 * answered (at once when long-polling, a second later otherwise).
 */
final class Poller {
  private final java.net.http.HttpClient http;
  private final java.util.concurrent.ScheduledExecutorService timer;
  private final int port;
  private final boolean hold;
  private final AtomicInteger polling;
  private final java.util.function.Consumer<String> count;
  private long after = -1;
  private boolean counted;

  Poller(java.net.http.HttpClient http, java.util.concurrent.ScheduledExecutorService timer,
      int port, boolean hold, AtomicInteger polling, java.util.function.Consumer<String> count) {
    this.http = http;
    this.timer = timer;
    this.port = port;
    this.hold = hold;
    this.polling = polling;
    this.count = count;
  }

  void next() {
    String query = after < 0 ? "" : "?after=" + after + (hold ? "&wait=4" : "");
    http.sendAsync(java.net.http.HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
        + "/api/updates" + query)).build(), java.net.http.HttpResponse.BodyHandlers.ofString())
        .whenComplete((r, e) -> {
          if (e == null && r.statusCode() == 200) {
            if (!counted) {
              counted = true;
              polling.incrementAndGet();
            }
            String body = r.body();
            if (after >= 0) {
              count.accept(body);
            }
            int l = body.indexOf("\"last\":");
            int end = l + 7;
            while (end < body.length() && Character.isDigit(body.charAt(end))) {
              end++;
            }
            after = Long.parseLong(body.substring(l + 7, end));
          }
          try {
            timer.schedule(this::next, hold ? 0 : 1_000, TimeUnit.MILLISECONDS);
          } catch (java.util.concurrent.RejectedExecutionException closed) {
            // The run is over.
          }
        });
  }
}
