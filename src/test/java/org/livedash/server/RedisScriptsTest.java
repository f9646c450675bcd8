package org.livedash.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The append script against a real redis-server, branch by branch: it appends only for the
 * lease holder, in the stream it numbered for, right after the last number; it recognises a
 * write it already applied; it says when Redis holds less than was appended; it stamps every
 * entry with its epoch and write; it trims by updates, not entries.
 */
class RedisScriptsTest {
  @TempDir
  static Path dir;
  private static RedisServer redis;
  private static RedisClient client;
  private static StatefulRedisConnection<String, String> connection;
  private final RedisFeedConfig config = new RedisFeedConfig(URI.create("redis://127.0.0.1:1"),
      "scripts", null, 3_000);
  private RedisCommands<String, String> r;

  @BeforeAll
  static void startRedis() throws Exception {
    connectTo(RedisServer.start(dir));
  }

  static void connectTo(RedisServer server) {
    redis = server;
    client = RedisClient.create(redis.url());
    connection = client.connect();
  }

  @AfterAll
  static void stopRedis() throws Exception {
    connection.close();
    client.shutdown();
    redis.close();
  }

  @BeforeEach
  void freshFeed() {
    r = connection.sync();
    r.flushall();
    RedisScripts.ENSURE.run(r, ScriptOutputType.MULTI, new String[] {config.key("meta")}, "E1");
    r.set(config.key("lease"), "me");
  }

  private long append(String token, String epoch, long expected, String write, int hole,
      int count, int history) {
    StringBuilder updates = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      updates.append(i == 1 ? "" : "\n").append("{\"seq\":").append(expected + hole + i)
          .append(",\"id\":\"a\",\"t\":").append(i).append(",\"v\":1}");
    }
    List<String> args = new ArrayList<>(List.of(token, epoch, Long.toString(expected), write,
        Integer.toString(hole), "unknown 1 2", Integer.toString(count), updates.toString(), "",
        Integer.toString(history), count == 0 ? "[]" : "[[\"a\",\"ff\",\"" + count + "\"]]"));
    Long result = RedisScripts.APPEND.run(r, ScriptOutputType.INTEGER, new String[] {
        config.key("meta"), config.key("stream"), config.key("lease"), config.key("series"),
        config.key("tail")}, args.toArray(String[]::new));
    return result;
  }

  @Test
  void appendsAfterTheLastNumberAndStampsEachEntryWithItsEpochAndWrite() {
    assertThat(append("me", "E1", 0, "w1", 0, 3, 1_000)).isEqualTo(3);
    assertThat(append("me", "E1", 3, "w2", 2, 1, 1_000)).isEqualTo(6);
    List<StreamMessage<String, String>> entries = r.xrange(config.key("stream"),
        io.lettuce.core.Range.create("-", "+"));
    assertThat(entries).extracting(StreamMessage::getId).containsExactly("1-0", "4-0", "6-0");
    assertThat(entries).allMatch(e -> "E1".equals(e.getBody().get("e")));
    assertThat(entries.get(1).getBody()).containsEntry("h", "2").containsEntry("w", "w2");
    assertThat(r.hget(config.key("tail"), "a")).isEqualTo("ff 1");
    assertThat(r.hget(config.key("meta"), "at")).matches("\\d{16}");
  }

  @Test
  void aWriteAlreadyAppliedIsRecognisedAndNotAppliedTwice() {
    assertThat(append("me", "E1", 0, "w1", 0, 3, 1_000)).isEqualTo(3);
    // The answer was lost on the way back: the same write again.
    assertThat(append("me", "E1", 0, "w1", 0, 3, 1_000)).isEqualTo(3);
    assertThat(r.xlen(config.key("stream"))).isEqualTo(1);
  }

  @Test
  void refusesAnotherRelayAnotherStreamSomethingAppendedSinceAndALostAppend() {
    assertThat(append("someone else", "E1", 0, "w1", 0, 1, 1_000)).isEqualTo(-1);
    assertThat(append("me", "E0", 0, "w1", 0, 1, 1_000)).isEqualTo(-2);
    assertThat(append("me", "E1", 0, "w1", 0, 5, 1_000)).isEqualTo(5);
    assertThat(append("me", "E1", 2, "w2", 0, 1, 1_000)).as("behind Redis").isEqualTo(-3);
    assertThat(append("me", "E1", 9, "w3", 0, 1, 1_000)).as("Redis behind").isEqualTo(-4);
    assertThat(r.hget(config.key("meta"), "last")).isEqualTo("5");
  }

  @Test
  void aNewEpochDropsTheNumbersButKeepsWhatEachSeriesLastPublished() {
    append("me", "E1", 0, "w1", 0, 5, 1_000);
    assertThat((String) RedisScripts.NEW_EPOCH.run(r, ScriptOutputType.VALUE, new String[] {
        config.key("meta"), config.key("stream"), config.key("series")}, "E1", "E2"))
        .isEqualTo("E2");
    // A second relay noticing the same loss changes nothing more.
    assertThat((String) RedisScripts.NEW_EPOCH.run(r, ScriptOutputType.VALUE, new String[] {
        config.key("meta"), config.key("stream"), config.key("series")}, "E1", "E3"))
        .isEqualTo("E2");
    assertThat(r.hmget(config.key("meta"), "epoch", "last")).extracting(kv -> kv.getValue())
        .containsExactly("E2", "0");
    assertThat(r.exists(config.key("stream"))).isZero();
    assertThat(r.hget(config.key("tail"), "a")).isNotNull();
  }

  @Test
  void trimsByUpdatesNotBatches() {
    long last = 0;
    for (int w = 1; w <= 40; w++) {
      last = append("me", "E1", last, "w" + w, 0, 50, 200);
    }
    assertThat(last).isEqualTo(2_000);
    List<StreamMessage<String, String>> kept = r.xrange(config.key("stream"),
        io.lettuce.core.Range.create("-", "+"));
    long held = kept.stream().mapToLong(e -> e.getBody().get("u").split("\n").length).sum();
    assertThat(held).isBetween(200L, 250L);
  }
}
