package org.livedash.server;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The Lua scripts a relay runs in Redis, each one atomic step, kept as files beside this class
 * ({@code redis/*.lua}) as Centrifuge keeps its own: Centrifugo's engine keeps a stream's
 * history in a Redis Stream with its epoch and offset in a hash, updated by one script, and so
 * does LiveDash (the offset is the feed's sequence number). Run by digest, and sent whole only
 * when Redis does not know it (after a restart).
 *
 * <p>Keys: {@code meta} (hash: {@code epoch}, {@code last}, {@code lastw} the last write's id,
 * {@code at} its Redis time), {@code stream} (a Redis Stream: entries of updates, or holes,
 * each its first sequence number as id and stamped with its epoch and write id), {@code lease}
 * (the owner's token, expiring), {@code series} (hash: id → first sequence number and
 * catalogue entry), {@code tail} (hash: series id → origin and time of its last reading
 * published).
 */
enum RedisScripts {
  ENSURE("ensure.lua"),
  APPEND("append.lua"),
  NEW_EPOCH("new-epoch.lua"),
  RENEW("renew.lua"),
  RELEASE("release.lua");

  private final String text;
  private final String sha1;

  RedisScripts(String file) {
    try (InputStream in = RedisScripts.class.getResourceAsStream("redis/" + file)) {
      if (in == null) {
        throw new IllegalStateException("the script redis/" + file + " is missing");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    sha1 = sha1(text);
  }

  /** The script's source. */
  String text() {
    return text;
  }

  /** Runs the script: by its digest, or whole when Redis does not have it. */
  <T> T run(RedisCommands<String, String> redis, ScriptOutputType type, String[] keys,
      String... args) {
    try {
      return redis.evalsha(sha1, type, keys, args);
    } catch (RedisNoScriptException e) {
      return redis.eval(text, type, keys, args);
    }
  }

  private static String sha1(String s) {
    try {
      byte[] d = java.security.MessageDigest.getInstance("SHA-1")
          .digest(s.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder(40);
      for (byte b : d) {
        hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
      }
      return hex.toString();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is always present", e);
    }
  }
}
