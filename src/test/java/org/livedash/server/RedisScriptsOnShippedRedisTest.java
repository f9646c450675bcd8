package org.livedash.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The append script's branches again, on the redis-server that embedded-redis ships, whether or
 * not Redis is installed: where it is (as in CI), the suite runs the relays on the installed one
 * and this class keeps the shipped one, which a machine with only a JDK and Maven runs, tested.
 */
class RedisScriptsOnShippedRedisTest extends RedisScriptsTest {

  @BeforeAll
  static void startRedis() throws Exception {
    connectTo(RedisServer.start(dir, RedisBinary.shipped()));
  }

  @Test
  void theShippedServerIsTheOneUnderTest() throws Exception {
    assertThat(RedisBinary.shipped().getFileName().toString()).startsWith("redis-server-");
    assertThat(RedisBinary.resourceName("Linux", "amd64"))
        .isEqualTo("redis-server-6.2.6-v5-linux-amd64");
    assertThat(RedisBinary.resourceName("Mac OS X", "aarch64"))
        .isEqualTo("redis-server-6.2.6-v5-darwin-arm64");
    assertThat(RedisBinary.resourceName("Windows 11", "amd64")).endsWith("windows-amd64.exe");
  }
}
