package org.livedash.server;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import org.livedash.model.Reason;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;

/** A source a test feeds by hand: no series at first, each described as "name of ID" in °C. */
public class HandFedSource implements FeedSource {
  private volatile ReadingSink out;
  private volatile Reason problem;

  @Override
  public List<SeriesMeta> initialSeries() {
    return List.of();
  }

  @Override
  public SeriesMeta describe(String seriesId) {
    return SeriesMeta.of(seriesId, "name of " + seriesId, "°C", SeriesKind.SENSOR, 0, 100);
  }

  @Override
  public void start(ReadingSink sink, ScheduledExecutorService timer) {
    out = sink;
  }

  /** Publishes one batch, as the source's thread would. */
  public void publish(Reading... readings) {
    out.publish(List.of(readings));
  }

  public void problem(String now) {
    problem = now == null ? null : Reason.of("verbatim", now);
  }

  @Override
  public Reason description() {
    return Reason.of("verbatim", "readings given by a test");
  }

  @Override
  public Reason problem() {
    return problem;
  }

  @Override
  public void close() {}
}
