package org.livedash.transport.polling;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;

/**
 * What this JVM's HTTP client adds to a GET of its own accord, which the polling transport's
 * byte count must include: whether it sends an empty {@code Content-Length}. The JDK stopped
 * sending it in 19 (JDK-8283544), and updates of 17 took the change at different releases from
 * different vendors (17.0.18 from Oracle, 17.0.19 from OpenJDK), so it is not told by the
 * version: the client is asked once, with one GET to a socket of its own on loopback.
 */
final class JavaClientHeaders {
  private static final Logger LOG = Logger.getLogger(JavaClientHeaders.class.getName());
  private static final int TIMEOUT_MILLIS = 2_000;

  private JavaClientHeaders() {
  }

  /** Whether this JVM's client sends {@code Content-Length: 0} with a GET. */
  static boolean sendEmptyContentLength() {
    return Probe.EMPTY_CONTENT_LENGTH;
  }

  /** Holds the answer, asked for on first use. */
  private static final class Probe {
    static final boolean EMPTY_CONTENT_LENGTH = ask();
  }

  private static boolean ask() {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      server.setSoTimeout(TIMEOUT_MILLIS);
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofMillis(TIMEOUT_MILLIS)).build();
      CompletableFuture<HttpResponse<Void>> sent = client.sendAsync(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + server.getLocalPort() + "/"))
          .timeout(Duration.ofMillis(TIMEOUT_MILLIS)).GET().build(),
          HttpResponse.BodyHandlers.discarding());
      String head;
      try (Socket s = server.accept()) {
        s.setSoTimeout(TIMEOUT_MILLIS);
        head = readHead(s.getInputStream());
        OutputStream out = s.getOutputStream();
        out.write("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII));
        out.flush();
      }
      sent.cancel(true);
      return sendsEmptyContentLength(head);
    } catch (IOException | RuntimeException e) {
      boolean guess = Runtime.version().feature() < 19;
      LOG.fine(() -> "could not ask the HTTP client which headers it sends (" + e
          + "); taking its version's: empty Content-Length " + guess);
      return guess;
    }
  }

  /** Whether a request's head (its line and headers) has an empty Content-Length. */
  static boolean sendsEmptyContentLength(String head) {
    for (String line : head.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT)
          .equals("content-length") && line.substring(colon + 1).trim().equals("0")) {
        return true;
      }
    }
    return false;
  }

  private static String readHead(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    int b;
    while ((b = in.read()) >= 0) {
      head.append((char) b);
      if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
        break;
      }
    }
    return head.toString();
  }
}
