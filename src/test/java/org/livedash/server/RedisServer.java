package org.livedash.server;

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
 * A real redis-server (Debian's package) on a free loopback port, for tests: no persistence,
 * so stopping it loses everything, as a Redis restarted without a disk would.
 */
public final class RedisServer implements AutoCloseable {
  private final Path dir;
  private final int port;
  private Process process;

  private RedisServer(Path dir, int port) {
    this.dir = dir;
    this.port = port;
  }

  public static RedisServer start(Path dir) throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    RedisServer r = new RedisServer(dir, port);
    r.resume();
    return r;
  }

  public String url() {
    return "redis://127.0.0.1:" + port;
  }

  /** Starts it (again, empty) and waits until it takes connections. */
  public void resume() throws IOException {
    String binary = Files.isExecutable(Path.of("/usr/bin/redis-server")) ? "/usr/bin/redis-server"
        : "redis-server";
    try {
      process = new ProcessBuilder(binary, "--port", Integer.toString(port), "--bind",
          "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir.toString())
          .redirectErrorStream(true).redirectOutput(dir.resolve("redis.log").toFile()).start();
    } catch (IOException e) {
      throw new IOException("redis-server is not installed: apt-get install -y redis-server", e);
    }
    await().atMost(Duration.ofSeconds(10)).until(this::accepts);
  }

  public void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  private boolean accepts() throws IOException {
    if (!process.isAlive()) {
      throw new IllegalStateException("redis-server exited: "
          + Files.readString(dir.resolve("redis.log")));
    }
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }
}
