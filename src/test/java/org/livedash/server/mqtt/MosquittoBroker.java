package org.livedash.server.mqtt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.livedash.server.LoopbackProcess;

/**
 * A real Mosquitto broker (Debian's package) on a free loopback port, for tests: started with a
 * configuration of its own, stopped (and started again on the same port, with its retained
 * messages kept) at will.
 */
public final class MosquittoBroker implements AutoCloseable {
  private final Path dir;
  private final int port;
  private final LoopbackProcess process;

  private MosquittoBroker(Path dir, int port) {
    this.dir = dir;
    this.port = port;
    this.process = new LoopbackProcess(dir.resolve("stdout.log"));
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
    int port = LoopbackProcess.freePort();
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
    process.start(List.of(binary, "-c", dir.resolve("mosquitto.conf").toString()), port,
        "Mosquitto is not installed: apt-get install -y mosquitto");
  }

  /** Stops the broker (it saves its retained messages) and waits until it is gone. */
  public void stop() throws InterruptedException {
    process.stop();
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }
}
