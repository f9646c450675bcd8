package org.livedash.server.mqtt;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each topic last said, by digest, so a reconnection does not turn a retained message into
 * a new reading. A broker marks a message retained only when it sends it because of a new
 * subscription; that message is either the one it was first sent as retained, or the last one a
 * device published with the retain flag — which came live. A retained message equal to neither
 * is news (published while the relay was away). Bounded: the least recent topics are forgotten
 * first. Thread-safe.
 */
final class RetainedSeen {
  static final int MAX_TOPICS = 100_000;

  /** The digests of a topic's last retained and last live payloads. */
  private static final class Last {
    long retained;
    long live;
  }

  private final Map<String, Last> topics = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Last> eldest) {
      return size() > MAX_TOPICS;
    }
  };

  /** Whether a message is a reading not seen before (and remembers it). */
  synchronized boolean isNew(String topic, byte[] payload, boolean retained) {
    long digest = ((long) Arrays.hashCode(payload) << 32) ^ (payload.length + 1L);
    Last last = topics.computeIfAbsent(topic, t -> new Last());
    if (!retained) {
      last.live = digest;
      return true;
    }
    boolean seen = digest == last.retained || digest == last.live;
    last.retained = digest;
    return !seen;
  }
}
