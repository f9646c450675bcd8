package org.livedash.server;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import org.livedash.model.EpochMicros;
import org.livedash.model.Reason;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;

/**
 * One source read by several relays, as one MQTT broker is read by each relay subscribed to it:
 * every face gets every message, with the same origins, each stamped on its own arrival. A face
 * can be cut off from it for a while, as a relay losing its broker is, and says so on return.
 */
public final class TwinSource {
  private final List<Face> faces = new CopyOnWriteArrayList<>();

  /** A source for one relay. */
  public FeedSource face() {
    Face f = new Face();
    faces.add(f);
    return f;
  }

  /**
   * One message on {@code topic} whose reading of {@code series} is {@code value}, to every
   * face reading now: what a device publishing a numbered reading does.
   */
  public void publish(String topic, String series, double value) {
    byte[] payload = ("{\"v\":" + value + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    long digest = Origins.digest(topic, payload);
    for (Face f : faces) {
      f.deliver(Reading.fromMessage(digest, 0, series, EpochMicros.now(Clock.systemUTC()),
          value));
    }
  }

  /** Face {@code index} stops reading (its broker connection broke). */
  public void cut(int index) {
    faces.get(index).cut();
  }

  /** Face {@code index} reads again, and tells its relay what it may have missed. */
  public void reconnect(int index) {
    faces.get(index).reconnect();
  }

  private static final class Face implements FeedSource {
    private volatile ReadingSink out;
    private volatile boolean reading = true;
    private volatile long since;
    private volatile long cutAt;

    void deliver(Reading r) {
      ReadingSink sink = out;
      if (sink != null && reading) {
        List<Reading> one = new ArrayList<>(1);
        one.add(r);
        sink.publish(one);
      }
    }

    synchronized void cut() {
      reading = false;
      cutAt = EpochMicros.now(Clock.systemUTC());
    }

    synchronized void reconnect() {
      long now = EpochMicros.now(Clock.systemUTC());
      reading = true;
      since = now;
      out.missed(0, cutAt, now);
    }

    @Override
    public List<SeriesMeta> initialSeries() {
      return List.of();
    }

    @Override
    public SeriesMeta describe(String seriesId) {
      return SeriesMeta.of(seriesId, seriesId, "", SeriesKind.SENSOR, Double.NaN, Double.NaN);
    }

    @Override
    public void start(ReadingSink sink, ScheduledExecutorService timer) {
      since = EpochMicros.now(Clock.systemUTC());
      out = sink;
    }

    @Override
    public Reason description() {
      return Reason.of("verbatim", "a source shared with other relays (test)");
    }

    @Override
    public Reason problem() {
      return reading ? null : Reason.of("verbatim", "cut off from its broker (test)");
    }

    @Override
    public long deliveringSinceMicros() {
      return reading ? since : -1;
    }

    @Override
    public void close() {
      out = null;
    }
  }
}
