package org.livedash.record;

import org.livedash.model.AlarmWatch;
import org.livedash.model.SeriesMeta;

/**
 * One store write's facts, for a recording: readings (with their series), events (with their
 * JSON) and a feed's own messages as received, in the order they came; filled under the store's
 * lock, written by the recorder's thread, then filled again.
 */
final class WriteBatch {
  SeriesMeta[] meta = new SeriesMeta[16];
  /** An event's JSON, a raw message's text, or an alert to be written as JSON. */
  Object[] event = new Object[16];
  long[] seq = new long[16];
  long[] time = new long[16];
  long[] received = new long[16];
  double[] value = new double[16];
  double[] volume = new double[16];
  int size;
  int readings;
  /** Readings refused just before this write, to be told in the file first. */
  long refusedBefore;

  void reading(SeriesMeta m, long s, long t, double v, double vol, long r) {
    int i = next();
    meta[i] = m;
    seq[i] = s;
    time[i] = t;
    value[i] = v;
    volume[i] = vol;
    received[i] = r;
    readings++;
  }

  /** An event; {@code gap} when data is missing from here on (a hole, a new stream). */
  void event(String json, long r, boolean gap) {
    int i = next();
    event[i] = json;
    seq[i] = 0;
    time[i] = gap ? 1 : 0;
    received[i] = r;
  }

  /** Marks a feed begun among the events: which, and whether anew. */
  static final long FEED = Long.MIN_VALUE + 1;

  /** The store was bound to feed {@code view}; {@code anew} when it is not the one before. */
  void feed(String view, boolean anew, long r) {
    int i = next();
    event[i] = view;
    seq[i] = FEED;
    time[i] = anew ? 1 : 0;
    received[i] = r;
  }

  /** Marks a raw message among the events. */
  static final long RAW = Long.MIN_VALUE;
  long rawChars;

  /** An alert begun or ended: made JSON by the recorder's thread, not under the store's lock. */
  void alert(AlarmWatch.Alarm a, long r) {
    int i = next();
    event[i] = a;
    seq[i] = 0;
    received[i] = r;
  }

  void raw(String text, long r) {
    int i = next();
    event[i] = text;
    seq[i] = RAW;
    received[i] = r;
    rawChars += text.length();
  }

  /** What the batch weighs against the waiting bound: readings, and raw text as readings. */
  long weight() {
    return readings + rawChars / FeedRecorder.RAW_CHARS_A_READING;
  }

  private int next() {
    if (size == meta.length) {
      int n = size * 2;
      meta = java.util.Arrays.copyOf(meta, n);
      event = java.util.Arrays.copyOf(event, n);
      seq = java.util.Arrays.copyOf(seq, n);
      time = java.util.Arrays.copyOf(time, n);
      received = java.util.Arrays.copyOf(received, n);
      value = java.util.Arrays.copyOf(value, n);
      volume = java.util.Arrays.copyOf(volume, n);
    }
    return size++;
  }

  void clear() {
    java.util.Arrays.fill(meta, 0, size, null);
    java.util.Arrays.fill(event, 0, size, null);
    size = 0;
    readings = 0;
    rawChars = 0;
    refusedBefore = 0;
  }
}
