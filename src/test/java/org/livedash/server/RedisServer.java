package org.livedash.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A real redis-server (Debian's package) on a free loopback port, for tests: no persistence,
 * so stopping it loses everything, as a Redis restarted without a disk would.
 */
public final class RedisServer implements AutoCloseable {
  private final Path dir;
  private final int port;
  private final LoopbackProcess process;

  private RedisServer(Path dir, int port) {
    this.dir = dir;
    this.port = port;
    this.process = new LoopbackProcess(dir.resolve("redis.log"));
  }

  public static RedisServer start(Path dir) throws IOException {
    RedisServer r = new RedisServer(dir, LoopbackProcess.freePort());
    r.resume();
    return r;
  }

  public int port() {
    return port;
  }

  public String url() {
    return "redis://127.0.0.1:" + port;
  }

  /** Starts it (again, empty) and waits until it takes connections. */
  public void resume() throws IOException {
    String binary = Files.isExecutable(Path.of("/usr/bin/redis-server")) ? "/usr/bin/redis-server"
        : "redis-server";
    process.start(List.of(binary, "--port", Integer.toString(port), "--bind", "127.0.0.1",
        "--save", "", "--appendonly", "no", "--dir", dir.toString()), port,
        "redis-server is not installed: apt-get install -y redis-server");
  }

  public void stop() throws InterruptedException {
    process.stop();
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }
}
