package org.livedash.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a relay knows was published in the feed's shared stream: the newest reading of each
 * series, in the one stream it follows. Marks of one stream say nothing of another — Redis
 * came back with less than it had and a new stream began — so following another forgets them,
 * and the readings let go because they were published are then no longer known published:
 * until when they arrived is what the relay taking over must issue a hole for.
 *
 * <p>Not thread-safe: {@link SourceWindow} guards it with its lock.
 */
final class PublishedMarks {
  private final Map<String, SourceWindow.Mark> marks = new HashMap<>();
  private String stream;
  /** When the newest reading let go because it was published (in this stream) arrived. */
  private long forgottenMicros;

  /** Reading {@code origin} at {@code timeMicros} is the newest published of its series. */
  void mark(String inStream, String seriesId, long origin, long timeMicros) {
    if (inStream.equals(stream)) {
      marks.put(seriesId, new SourceWindow.Mark(origin, timeMicros));
    }
  }

  /**
   * Follows {@code next}: when it is another stream than the one followed, its marks are
   * forgotten, and the answer is when the newest reading let go as published arrived (those
   * are no longer known published); else 0.
   */
  long follow(String next) {
    if (next.equals(stream)) {
      return 0;
    }
    marks.clear();
    stream = next;
    return forgottenMicros;
  }

  /** Whether a reading of {@code seriesId} at {@code timeMicros} is known published. */
  boolean covers(String seriesId, long timeMicros) {
    SourceWindow.Mark m = marks.get(seriesId);
    return m != null && timeMicros <= m.timeMicros();
  }

  /** A published reading that arrived at {@code receivedMicros} was let go. */
  void letGo(long receivedMicros) {
    forgottenMicros = Math.max(forgottenMicros, receivedMicros);
  }

  /** Per series, the newer of this relay's mark and {@code others}'. */
  Map<String, SourceWindow.Mark> newestWith(Map<String, SourceWindow.Mark> others) {
    Map<String, SourceWindow.Mark> newest = new HashMap<>(marks);
    others.forEach((id, m) -> newest.merge(id, m,
        (mine, theirs) -> theirs.timeMicros() >= mine.timeMicros() ? theirs : mine));
    return newest;
  }

  /**
   * The items of one series (in arrival order) after its last published reading {@code mark}:
   * after the one whose origin is the mark's (the nearest in time, should several share it),
   * else every one newer than the mark; all of them when there is no mark.
   */
  static <T> List<T> after(List<T> list, Function<T, Reading> reading,
      SourceWindow.Mark mark) {
    if (mark == null) {
      return list;
    }
    int match = -1;
    long best = Long.MAX_VALUE;
    for (int i = 0; i < list.size(); i++) {
      Reading r = reading.apply(list.get(i));
      long distance = Math.abs(r.timeMicros() - mark.timeMicros());
      if (r.origin() == mark.origin() && distance <= best) {
        match = i;
        best = distance;
      }
    }
    if (match >= 0) {
      return list.subList(match + 1, list.size());
    }
    List<T> newer = new ArrayList<>();
    for (T item : list) {
      if (reading.apply(item).timeMicros() > mark.timeMicros()) {
        newer.add(item);
      }
    }
    return newer;
  }
}
