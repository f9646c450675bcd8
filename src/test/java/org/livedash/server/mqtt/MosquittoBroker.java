package org.livedash.server.mqtt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.livedash.server.LoopbackProcess;

/**
 * A real Mosquitto broker (Debian's package) on a free loopback port, for tests: started with a
 * configuration of its own, stopped (and started again on the same port, with its retained
 * messages kept) at will.
 */
public final class MosquittoBroker implements TestMqttBroker {
  private static final Path DEBIAN = Path.of("/usr/sbin/mosquitto");
  private final Path dir;
  private final int port;
  private final BrokerAccess access;
  private final LoopbackProcess process;

  private MosquittoBroker(Path dir, int port, BrokerAccess access) {
    this.dir = dir;
    this.port = port;
    this.access = access;
    this.process = new LoopbackProcess(dir.resolve("stdout.log"));
  }

  /** Whether Debian's Mosquitto is installed here. */
  public static boolean installed() {
    return Files.isExecutable(DEBIAN);
  }

  /** Starts a broker that lets anyone in, keeping retained messages across restarts. */
  public static MosquittoBroker start(Path dir) throws IOException {
    return start(dir, BrokerAccess.anonymous());
  }

  /** Starts a broker with this access, keeping retained messages across restarts. */
  public static MosquittoBroker start(Path dir, BrokerAccess access) throws IOException {
    int port = LoopbackProcess.freePort();
    StringBuilder conf = new StringBuilder("listener " + port + " 127.0.0.1\n");
    if (access.certificate() != null) {
      conf.append("certfile ").append(access.certificate().certPem().toAbsolutePath())
          .append("\nkeyfile ").append(access.certificate().keyPem().toAbsolutePath())
          .append('\n');
    }
    if (access.user() == null) {
      conf.append("allow_anonymous true\n");
    } else {
      Path passwords = dir.resolve("passwords");
      Files.writeString(passwords, "");
      passwd(dir, passwords, access);
      conf.append("password_file ").append(passwords.toAbsolutePath())
          .append("\nallow_anonymous false\n");
    }
    Files.writeString(dir.resolve("mosquitto.conf"), conf
        + "persistence true\n"
        + "persistence_location " + dir.toAbsolutePath() + "/\n"
        // As root it would run as 'mosquitto', which cannot write the test's directory.
        + "user " + System.getProperty("user.name") + "\n"
        + "log_dest file " + dir.resolve("mosquitto.log").toAbsolutePath() + "\n");
    MosquittoBroker broker = new MosquittoBroker(dir, port, access);
    broker.resume();
    return broker;
  }

  private static void passwd(Path dir, Path passwords, BrokerAccess access) throws IOException {
    try {
      Process p = new ProcessBuilder(List.of("mosquitto_passwd", "-b", passwords.toString(),
          access.user(), access.password())).directory(dir.toFile())
          .redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new IOException("mosquitto_passwd failed: " + out);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  @Override
  public BrokerAccess access() {
    return access;
  }

  @Override
  public int port() {
    return port;
  }

  @Override
  public void resume() throws IOException {
    String binary = installed() ? DEBIAN.toString() : "mosquitto";
    process.start(List.of(binary, "-c", dir.resolve("mosquitto.conf").toString()), port,
        "Mosquitto is not installed: apt-get install -y mosquitto");
  }

  /** Stops the broker (it saves its retained messages) and waits until it is gone. */
  @Override
  public void stop() throws InterruptedException {
    process.stop();
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }
}
