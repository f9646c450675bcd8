package org.livedash.server;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real server process for tests (Mosquitto, redis-server) listening on a free loopback port:
 * started and waited for until it takes connections, stopped and waited for until it is gone.
 */
public final class LoopbackProcess {
  private final Path log;
  private Process process;

  public LoopbackProcess(Path log) {
    this.log = log;
  }

  /** A port nothing listens on now. */
  public static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /**
   * Runs {@code command} and waits until {@code port} takes connections.
   *
   * @param missing what to say when the program is not installed
   */
  public void start(List<String> command, int port, String missing) throws IOException {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException("still running: " + command.get(0));
    }
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
    } catch (IOException e) {
      throw new IOException(missing, e);
    }
    STARTED.add(process);
    try {
      await().atMost(Duration.ofSeconds(10)).until(() -> accepts(port));
    } catch (RuntimeException e) {
      process.destroyForcibly();
      throw e;
    }
  }

  /** Every server a test started: whatever a test left running ends with the test's JVM. */
  private static final java.util.Set<Process> STARTED = startedProcesses();

  private static java.util.Set<Process> startedProcesses() {
    java.util.Set<Process> started = java.util.concurrent.ConcurrentHashMap.newKeySet();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> started.forEach(p -> {
      if (p.isAlive()) {
        p.destroyForcibly();
      }
    }), "loopback-servers-stop"));
    return started;
  }

  /** Stops it (SIGTERM: it may save its state) and waits until it is gone. */
  public void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  /** Kills it at once (SIGKILL) and waits until it is gone. */
  public void kill() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroyForcibly().waitFor();
    }
  }

  /** The process id, for signals a test sends (SIGSTOP, SIGCONT). */
  public long pid() {
    return process.pid();
  }

  private boolean accepts(int port) throws IOException {
    if (!process.isAlive()) {
      throw new IllegalStateException(String.join(" ", process.info().command().orElse("it"))
          + " exited: " + Files.readString(log));
    }
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
