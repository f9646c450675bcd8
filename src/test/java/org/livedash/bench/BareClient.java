package org.livedash.bench;

import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletionStage;
import org.HdrHistogram.Recorder;
import org.glassfish.tyrus.client.ClientManager;
import org.glassfish.tyrus.client.ClientProperties;

/**
 * The ingest benchmark's peers: a WebSocket client that does no more than a client must to know
 * what it got — for each update, find its sequence number (to count gaps) and its time (for
 * latency) by scanning the text, no JSON decoding, no storing. Through Tyrus, as LiveDash, or
 * the JDK's own client.
 *
 * <p>{@code BareClient tyrus|jdk URL SECONDS}: prints one line,
 * {@code updates gaps p50 p99 max steadyP99}
 * (latencies in ms, source time to receipt).
 */
public final class BareClient {
  private static final int MAX_FRAME = 64 * 1024 * 1024;

  private final Recorder latency = new Recorder(60_000_000L, 3);
  /** After the first 5 s of updates, as LiveDash's steady latency. */
  private final Recorder steady = new Recorder(60_000_000L, 3);
  private long steadyFromMicros = Long.MAX_VALUE;
  private long updates;
  private long gaps;
  private long expected = -1;

  public static void main(String[] args) throws Exception {
    BareClient counter = new BareClient();
    URI uri = URI.create(args[1]);
    long seconds = Long.parseLong(args[2]);
    AutoCloseable connection = args[0].equals("jdk") ? counter.jdk(uri) : counter.tyrus(uri);
    Thread.sleep(seconds * 1000);
    connection.close();
    synchronized (counter) {
      var h = counter.latency.getIntervalHistogram();
      var s = counter.steady.getIntervalHistogram();
      System.out.printf(Locale.ROOT, "%d %d %.2f %.2f %.2f %.2f%n", counter.updates, counter.gaps,
          h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(99) / 1000.0,
          h.getMaxValue() / 1000.0, s.getValueAtPercentile(99) / 1000.0);
    }
    System.exit(0);
  }

  /** Scans one batch frame: every update's "seq" and "t". */
  synchronized void onText(String text) {
    Instant now = Instant.now();
    long nowMicros = now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
    int at = 0;
    while ((at = text.indexOf("\"seq\":", at)) >= 0) {
      at += 6;
      long seq = number(text, at);
      if (expected >= 0 && seq > expected) {
        gaps += seq - expected;
      }
      expected = seq + 1;
      updates++;
      int t = text.indexOf("\"t\":", at);
      if (t >= 0) {
        long age = Math.max(0, Math.min(nowMicros - number(text, t + 4), 59_000_000L));
        latency.recordValue(age);
        if (steadyFromMicros == Long.MAX_VALUE) {
          steadyFromMicros = nowMicros + 5_000_000;
        } else if (nowMicros >= steadyFromMicros) {
          steady.recordValue(age);
        }
      }
    }
  }

  private static long number(String text, int from) {
    long n = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        break;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  private AutoCloseable tyrus(URI uri) throws Exception {
    ClientManager client = ClientManager.createClient();
    client.getProperties().put(ClientProperties.INCOMING_BUFFER_SIZE, MAX_FRAME + 16);
    Session session = client.connectToServer(new Endpoint() {
      @Override
      public void onOpen(Session s, EndpointConfig config) {
        s.setMaxTextMessageBufferSize(MAX_FRAME);
        s.addMessageHandler(String.class, (MessageHandler.Whole<String>) BareClient.this::onText);
      }
    }, ClientEndpointConfig.Builder.create().build(), uri);
    return () -> {
      session.close();
      client.shutdown();
    };
  }

  private AutoCloseable jdk(URI uri) throws Exception {
    StringBuilder partial = new StringBuilder();
    WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder()
        .buildAsync(uri, new WebSocket.Listener() {
          @Override
          public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
              BareClient.this.onText(partial.toString());
              partial.setLength(0);
            }
            w.request(1);
            return null;
          }
        }).join();
    return () -> ws.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
  }
}
