package org.livedash.server;

/**
 * The Lua scripts a relay runs in Redis, each one atomic step: Centrifugo's engine keeps a
 * stream's history in a Redis Stream with its epoch and offset in a hash, updated by one
 * script, and so does LiveDash (the offset is the feed's sequence number).
 *
 * <p>Keys: {@code meta} (hash: {@code epoch}, {@code last}), {@code stream} (a Redis Stream, one
 * entry per batch, its id the batch's first sequence number), {@code lease} (the owner's token,
 * expiring), {@code series} (hash: id → first sequence number and catalogue entry).
 */
final class RedisScripts {
  private RedisScripts() {}

  /** Creates the feed's stream if there is none (ARGV[1]: a new epoch); returns epoch, last. */
  static final String ENSURE = """
      redis.call('HSETNX', KEYS[1], 'epoch', ARGV[1])
      redis.call('HSETNX', KEYS[1], 'last', 0)
      return redis.call('HMGET', KEYS[1], 'epoch', 'last')
      """;

  /**
   * Appends one batch if this relay still owns the lease, the stream is the one it numbered for
   * and nothing was appended since. KEYS: meta, stream, lease, series. ARGV: token, epoch,
   * expected last, count, updates (one per line), series entries (one per line), stream length
   * kept, then pairs of series id and entry. Returns the new last, or -1 (lease lost), -2
   * (another stream), -3 (another relay appended; read {@code last} again).
   */
  static final String APPEND = """
      if redis.call('GET', KEYS[3]) ~= ARGV[1] then return -1 end
      local meta = redis.call('HMGET', KEYS[1], 'epoch', 'last')
      if meta[1] ~= ARGV[2] then return -2 end
      local last = tonumber(meta[2])
      if last ~= tonumber(ARGV[3]) then return -3 end
      local first = last + 1
      redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[7], first .. '-0', 'u', ARGV[5], 's', ARGV[6])
      local now = last + tonumber(ARGV[4])
      redis.call('HSET', KEYS[1], 'last', now)
      for i = 8, #ARGV, 2 do
        redis.call('HSETNX', KEYS[4], ARGV[i], first .. ' ' .. ARGV[i + 1])
      end
      return now
      """;

  /** Keeps the lease if this relay holds it. KEYS: lease. ARGV: token, milliseconds. */
  static final String RENEW = """
      if redis.call('GET', KEYS[1]) == ARGV[1] then
        return redis.call('PEXPIRE', KEYS[1], ARGV[2])
      end
      return 0
      """;

  /** Gives the lease up if this relay holds it. KEYS: lease. ARGV: token. */
  static final String RELEASE = """
      if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
      return 0
      """;
}
