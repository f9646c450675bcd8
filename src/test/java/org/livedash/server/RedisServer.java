package org.livedash.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A real redis-server (Debian's package where installed, else the one embedded-redis ships: see
 * {@link RedisBinary}) on a free loopback port, for tests: without
 * persistence, so stopping it loses everything, as a Redis restarted without a disk would; or
 * with an append-only file written every second, as production Redis is, which a SIGKILL
 * leaves up to a second short.
 */
public final class RedisServer implements AutoCloseable {
  private final Path dir;
  private final int port;
  private final LoopbackProcess process;
  private final boolean persistent;
  private final Path binary;

  private RedisServer(Path dir, int port, boolean persistent, Path binary) {
    this.dir = dir;
    this.port = port;
    this.persistent = persistent;
    this.binary = binary;
    this.process = new LoopbackProcess(dir.resolve("redis.log"));
  }

  public static RedisServer start(Path dir) throws IOException {
    return start(dir, RedisBinary.resolve());
  }

  /** Runs this very {@code binary} (to test the shipped one where Redis is installed too). */
  public static RedisServer start(Path dir, Path binary) throws IOException {
    RedisServer r = new RedisServer(dir, LoopbackProcess.freePort(), false, binary);
    r.resume();
    return r;
  }

  /** A Redis that keeps its data on disk: an append-only file, fsynced every second. */
  public static RedisServer persistent(Path dir) throws IOException {
    RedisServer r = new RedisServer(dir, LoopbackProcess.freePort(), true,
        RedisBinary.resolve());
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
    process.start(List.of(binary.toString(), "--port", Integer.toString(port), "--bind",
        "127.0.0.1", "--save", "", "--appendonly", persistent ? "yes" : "no", "--appendfsync",
        "everysec", "--dir", dir.toString()), port, binary + " did not start");
  }

  public void stop() throws InterruptedException {
    process.stop();
  }

  /**
   * Takes a snapshot now and stops writing the append-only file: the next restart loads the
   * snapshot, so whatever is written after this is lost by a restart, as when Redis comes back
   * from an older save.
   */
  public void keepOnlyASnapshotFromNow() {
    io.lettuce.core.RedisClient admin = io.lettuce.core.RedisClient.create(url());
    try (var conn = admin.connect()) {
      conn.sync().configSet("appendonly", "no");
      conn.sync().save();
    } finally {
      admin.shutdown();
    }
  }

  /** Kills it at once (SIGKILL): whatever it had not written to disk is gone. */
  public void kill() throws InterruptedException {
    process.kill();
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }
}
