package org.livedash.server.mqtt;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A real Mosquitto broker (Debian's package) on a free loopback port, for tests: started with a
 * configuration of its own, stopped (and started again on the same port, with its retained
 * messages kept) at will.
 */
public final class MosquittoBroker implements AutoCloseable {
  private final Path dir;
  private final int port;
  private Process process;

  private MosquittoBroker(Path dir, int port) {
    this.dir = dir;
    this.port = port;
  }

  /** Starts a broker that lets anyone in, keeping retained messages across restarts. */
  public static MosquittoBroker start(Path dir) throws IOException {
    return start(dir, "allow_anonymous true\n");
  }

  /**
   * Starts a broker whose listener has these options too (certfile, keyfile, password_file,
   * allow_anonymous false).
   */
  public static MosquittoBroker start(Path dir, String listenerOptions) throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Files.writeString(dir.resolve("mosquitto.conf"), "listener " + port + " 127.0.0.1\n"
        + listenerOptions
        + "persistence true\n"
        + "persistence_location " + dir.toAbsolutePath() + "/\n"
        // As root it would run as 'mosquitto', which cannot write the test's directory.
        + "user " + System.getProperty("user.name") + "\n"
        + "log_dest file " + dir.resolve("mosquitto.log").toAbsolutePath() + "\n");
    MosquittoBroker broker = new MosquittoBroker(dir, port);
    broker.resume();
    return broker;
  }

  public int port() {
    return port;
  }

  public String url() {
    return "mqtt://127.0.0.1:" + port;
  }

  /** Starts the broker (again) and waits until it takes connections. */
  public void resume() throws IOException {
    String binary = Files.isExecutable(Path.of("/usr/sbin/mosquitto")) ? "/usr/sbin/mosquitto"
        : "mosquitto";
    try {
      process = new ProcessBuilder(binary, "-c", dir.resolve("mosquitto.conf").toString())
          .redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
    } catch (IOException e) {
      throw new IOException("Mosquitto is not installed: apt-get install -y mosquitto", e);
    }
    await().atMost(Duration.ofSeconds(10)).until(this::accepts);
  }

  /** Stops the broker (it saves its retained messages) and waits until it is gone. */
  public void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  private boolean accepts() {
    if (!process.isAlive()) {
      throw new IllegalStateException("mosquitto exited: " + log());
    }
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private String log() {
    try {
      return Files.readString(dir.resolve("stdout.log")) + Files.readString(
          dir.resolve("mosquitto.log"));
    } catch (IOException e) {
      return e.toString();
    }
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }
}
