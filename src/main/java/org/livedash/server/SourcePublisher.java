package org.livedash.server;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.livedash.feed.FrameWriter;
import org.livedash.feed.Update;
import org.livedash.model.Reason;

/**
 * Numbers a source's readings in the feed's one sequence, adds the series they bring for the
 * first time to the catalogue, encodes each update once and hands the batch to the hub. The one
 * place a server's sequence numbers are issued.
 */
final class SourcePublisher implements FeedSource.ReadingSink {
  private static final Logger LOG = Logger.getLogger(SourcePublisher.class.getName());

  private final FeedSource source;
  private final FeedHub hub;
  private final FrameWriter codec;
  private long seq;
  private boolean toldFull;

  SourcePublisher(FeedSource source, FeedHub hub, FrameWriter codec) {
    this.source = source;
    this.hub = hub;
    this.codec = codec;
  }

  @Override
  public synchronized void publish(List<Reading> readings) {
    List<String> encoded = new ArrayList<>(readings.size());
    List<String> newSeries = List.of();
    long first = seq + 1;
    FeedCatalogue catalogue = hub.catalogue();
    for (Reading r : readings) {
      if (!catalogue.contains(r.seriesId())) {
        String entry = catalogue.add(source.described(r.seriesId()), seq + 1);
        if (entry == null) {
          tellFull();
          continue;
        }
        if (newSeries.isEmpty()) {
          newSeries = new ArrayList<>();
        }
        newSeries.add(entry);
      }
      encoded.add(codec.encodeUpdate(
          new Update(++seq, r.seriesId(), r.timeMicros(), r.value(), r.volume())));
    }
    if (!encoded.isEmpty()) {
      hub.publish(first, encoded, newSeries);
    }
  }

  @Override
  public synchronized void missed(long count, long fromMicros, long toMicros) {
    long numbers = Math.max(1, count);
    hub.publishHole(seq + 1, seq + numbers);
    seq += numbers;
    LOG.warning(count > 0 ? Reason.of("relay.missedCount", fromMicros, toMicros, count).english()
        : Reason.of("relay.missedUnknown", fromMicros, toMicros).english());
  }

  private void tellFull() {
    if (!toldFull) {
      toldFull = true;
      LOG.warning(Reason.of("relay.catalogueFull").english());
    }
  }
}
