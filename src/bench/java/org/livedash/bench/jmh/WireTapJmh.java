package org.livedash.bench.jmh;

import org.livedash.feed.Utf8;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.livedash.model.WireEvent;
import org.livedash.model.WireLog;
import org.livedash.transport.WireTaps;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the wire view's tap costs a transport per received frame: with no tap, with the view
 * closed (the case of every run that does not open it), and open with every frame taken (a
 * clock that moves a second a call, so the rate bound never refuses). Beside it, the frame's
 * own byte count, work the transport does anyway.
 *
 * <p>{@code mvn -B -Pbench compile exec:exec@tap-jmh}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WireTapJmh {
  private final Clock clock = Clock.systemUTC();
  private String frame;
  private WireLog.Tap closed;
  private WireLog.Tap open;
  private long fakeNanos;

  @Setup
  public void setUp() {
    StringBuilder sb = new StringBuilder("{\"type\":\"batch\",\"updates\":[");
    for (int i = 0; i < 8; i++) {
      sb.append(i == 0 ? "" : ",").append("{\"seq\":").append(1_000 + i)
          .append(",\"id\":\"temperature\",\"t\":1700000000000000,\"v\":21.5}");
    }
    frame = sb.append("]}").toString();
    closed = new WireLog().tap(WireEvent.Lane.MAIN);
    WireLog log = new WireLog(() -> fakeNanos += 1_000_000_000L);
    log.setOpen(true);
    open = log.tap(WireEvent.Lane.MAIN);
  }

  @Benchmark
  public long frameBytes() {
    return Utf8.length(frame);
  }

  @Benchmark
  public long noTap() {
    long payload = Utf8.length(frame);
    WireTaps.receivedText(null, clock, frame, payload, false, true);
    return payload;
  }

  @Benchmark
  public long viewClosed() {
    long payload = Utf8.length(frame);
    WireTaps.receivedText(closed, clock, frame, payload, false, true);
    return payload;
  }

  @Benchmark
  public long viewOpen() {
    long payload = Utf8.length(frame);
    WireTaps.receivedText(open, clock, frame, payload, false, true);
    return payload;
  }
}
