package org.livedash.client;

import org.livedash.i18n.Texts;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.livedash.feed.DecodedFrame;
import org.livedash.feed.FeedEndpoints;
import org.livedash.feed.PositionRule;
import org.livedash.feed.UpdateBatch;
import org.livedash.feed.mapping.FeedMapping;
import org.livedash.feed.mapping.FieldPath;
import org.livedash.feed.mapping.MessageShapes;
import org.livedash.feed.profile.Profile;
import org.livedash.feed.mapping.MappedSink;
import org.livedash.model.EpochMicros;
import org.livedash.model.FeedMode;
import org.livedash.model.FeedStats;
import org.livedash.model.FeedView;
import org.livedash.model.IngestTally;
import org.livedash.model.ModeStats;
import org.livedash.model.WireCount;
import org.livedash.model.ResumePoint;
import org.livedash.model.SeriesDiscovery;
import org.livedash.model.Sequencing;
import org.livedash.model.SeriesMeta;
import org.livedash.model.SeriesStore;
import org.livedash.model.ServerTrouble;
import org.livedash.transport.FeedSink;

/**
 * The bridge from the wire to the model: applies each decoded frame to the {@link SeriesStore} in
 * one write and records what it cost and what went wrong in the current mode's statistics.
 * Called on transport threads, one frame at a time; never touches the UI.
 */
public final class FeedPipeline implements FeedSink {
  private final SeriesStore store;
  private final FeedStats stats;
  private final LongSupplier nanoClock;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper(JsonFactory.builder()
      .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build());
  /** What each connection asked for but not yet begun is to speak, by its very endpoints. */
  private final Map<FeedEndpoints, FeedShape> expected = new IdentityHashMap<>();
  /**
   * What the current connection speaks. Set on the supervisor's thread as a connection begins,
   * after the old transport is fenced off; read by transport threads.
   */
  private volatile FeedShape shape = FeedShape.LIVEDASH;
  /** The user's view of the current feed; set as a connection begins, changed by the user. */
  private final FeedViews views;
  /** Click-to-plot: the census of the feed's messages, and the series clicks brought. */
  private final MessagePlots plots;
  private volatile java.util.function.Consumer<org.livedash.model.ConnectionStatus>
      statusListener = s -> { };
  private volatile java.util.function.Consumer<FeedShape> shapeListener = s -> { };
  /** Bytes of the last message received; the transport's callbacks never overlap. */
  private long lastMessageIn;

  public FeedPipeline(SeriesStore store, FeedStats stats, LongSupplier nanoClock, Clock clock) {
    this.store = store;
    this.stats = stats;
    this.nanoClock = nanoClock;
    this.clock = clock;
    this.plots = new MessagePlots(store);
    this.views = new FeedViews(store);
  }

  /**
   * The connection to {@code endpoints} (this very object) is to speak {@code next}: taken when
   * that connection begins, so a connection asked for later never borrows it.
   */
  public void expect(FeedEndpoints endpoints, FeedShape next) {
    synchronized (expected) {
      expected.put(endpoints, next);
    }
  }

  /** What the current connection speaks. */
  FeedShape shape() {
    return shape;
  }

  /** The user's view of the current feed. */
  FeedViews views() {
    return views;
  }

  /** Which view the current feed is shown with. */
  String viewKey() {
    return shape.viewKey();
  }

  @Override
  public ResumePoint resumePoint() {
    return store.resumePoint();
  }

  @Override
  public void onConnecting(FeedEndpoints endpoints) {
    FeedShape next;
    synchronized (expected) {
      next = expected.remove(endpoints);
    }
    synchronized (this) {
      shape = next == null ? FeedShape.LIVEDASH : next;
    }
    shapeListener.accept(shape);
    if (store.bindEndpoint(endpoints.websocket() + " " + endpoints.updates() + shape.key(),
        shape.viewKey())) {
      // Another feed: nothing measured on the old one may be read as this one's.
      stats.startOver();
      plots.begin(true);
    } else {
      plots.begin(false);
    }
    stats.usePlayClock(shape.playClock());
    views.begin(shape.viewKey());
  }

  @Override
  public void onCatalogue(List<SeriesMeta> catalogue) {
    // A mapped feed has no catalogue: its series come with its messages and stay.
    if (shape.mapping() == null) {
      FeedView v = views.view();
      store.setCatalogue(catalogue.stream().map(m -> v.apply(SeriesNames.inLanguage(m))).toList());
    }
  }

  /** Maps one message of a feed in its own shape into the store, in one write. */
  @Override
  public void onMessage(FeedMode mode, String text, long receivedMicros) {
    FeedShape current = shape;
    FeedMapping mapping = current.mapping();
    if (mapping == null) {
      return;
    }
    SeriesDiscovery discovery = views.view().over(current.discovery());
    ModeStats modeStats = stats.of(mode);
    JsonNode node;
    try {
      node = json.readTree(text);
    } catch (IOException e) {
      modeStats.recordRejected(1);
      stats.reportProblem(Texts.get("problem.notJson"));
      return;
    }
    plots.observe(node, receivedMicros, current);
    long rejectedBefore = mapping.tally().rejectedValues();
    long shift = stats.sourceShiftMicros();
    boolean ownTimes = mapping.numbersComeWithOwnTimes();
    IngestTally tally = store.write(w -> {
      w.received(text);
      mapping.map(node, receivedMicros, new MappedSink() {
        @Override
        public void accept(String id, long t, double v, long seq, Sequencing sequencing) {
          accept(id, t, v, Double.NaN, seq, sequencing);
        }

        @Override
        public void accept(String id, long t, double v, double volume, long seq,
            Sequencing sequencing) {
          if (w.offerMapped(id, seq, sequencing, t, v, volume, discovery, ownTimes)) {
            modeStats.recordUpdate(t - shift, receivedMicros);
          }
          plots.given(mapping, id);
        }

        @Override
        public void feedError(String message) {
          stats.reportProblem(Texts.get("problem.feedSays", message));
        }
      });
    });
    long rejected = mapping.tally().rejectedValues() - rejectedBefore;
    if (rejected > 0) {
      modeStats.recordRejected(rejected);
      stats.reportProblem(Texts.get("problem.rejected", mapping.tally().lastRejection()));
    }
    record(tally, modeStats);
  }

  /** Click-to-plot on the current feed: its messages by shape, and what clicks brought. */
  MessagePlots plots() {
    return plots;
  }

  /**
   * Plots field {@code path} of messages of shape {@code of} on the current feed, from its
   * next message on; returns the profile with its new mapping.
   *
   * @throws IllegalArgumentException in one line when that field cannot be plotted
   */
  Profile plot(MessageShapes.ShapeView of, FieldPath path) {
    FeedShape current = shape;
    FeedShape next = plots.plot(current, of, path);
    synchronized (this) {
      // Another connection may have begun meanwhile: its shape is not this one's to change.
      if (shape != current) {
        throw new IllegalArgumentException(Texts.get("browser.gone"));
      }
      shape = next;
    }
    return next.profile();
  }

  /** The current mapping's own counts (unmatched messages, the last few of them), or null. */
  public FeedMapping mapping() {
    return shape.mapping();
  }

  @Override
  public void onModeEntered(FeedMode mode, java.time.Duration pollInterval) {
    stats.enter(mode, pollInterval, nanoClock.getAsLong(), EpochMicros.now(clock));
  }

  /** Who is told of the connection's statuses (a recording); from the supervisor's thread. */
  /** Told each connection's shape as it begins, before anything it delivers. */
  void onShape(java.util.function.Consumer<FeedShape> listener) {
    shapeListener = listener;
  }

  void onStatus(java.util.function.Consumer<org.livedash.model.ConnectionStatus> listener) {
    statusListener = listener;
  }

  @Override
  public void onStatus(org.livedash.model.ConnectionStatus status) {
    statusListener.accept(status);
  }

  @Override
  public void onStopped() {
    stats.pause(nanoClock.getAsLong());
  }

  @Override
  public void onTraffic(FeedMode mode, long bytesIn, long bytesOut, int requests,
      boolean emptyPoll) {
    stats.of(mode).recordTraffic(bytesIn, bytesOut, requests, emptyPoll);
    if (bytesIn > 0) {
      lastMessageIn = bytesIn;
    }
  }

  @Override
  public void onCounted(FeedMode mode, WireCount span) {
    stats.of(mode).recordCounted(span);
  }

  @Override
  public void onFrame(FeedMode mode, DecodedFrame frame, long receivedMicros) {
    ModeStats modeStats = stats.of(mode);
    if (!frame.rejections().isEmpty()) {
      modeStats.recordRejected(frame.rejections().size());
      stats.reportProblem(Texts.get("problem.rejected",
          frame.rejections().get(frame.rejections().size() - 1)));
    }
    if (frame.isRejected()) {
      return;
    }
    IngestTally tally = switch (frame.type()) {
      case HELLO -> {
        // What the server sends now from before this moment waited for the connection to
        // open (the handshake, the catalogue), not for push: counted as caught up, never as
        // push's latency.
        modeStats.measureLatencyFrom(receivedMicros);
        yield store.write(w -> {
          describe(w, frame);
          PositionRule.follow(frame, new StoreSteps(w, receivedMicros, modeStats, 0));
        });
      }
      case GAP -> {
        lostByServer(frame);
        yield store.write(w -> PositionRule.follow(frame, new StoreSteps(w, receivedMicros,
            modeStats, 0)));
      }
      case BATCH -> {
        long caughtUpBefore = modeStats.caughtUp();
        IngestTally t = store.write(w -> {
          describe(w, frame);
          if (frame.last() >= 0) {
            // A polling answer says the server's status when it is not ok (1.4); none means ok.
            serverStatus(frame.status());
            lostByServer(frame);
          }
          PositionRule.follow(frame, new StoreSteps(w, receivedMicros, modeStats,
              stats.sourceShiftMicros()));
        });
        historyShare(modeStats, modeStats.caughtUp() - caughtUpBefore, frame.updates().size());
        yield t;
      }
      case HEARTBEAT -> null;
      case STATUS -> {
        serverStatus(frame.status());
        yield null;
      }
      case ERROR -> {
        stats.reportProblem(Texts.get("problem.serverError", frame.errorMessage()));
        yield null;
      }
    };
    if (tally != null) {
      record(tally, modeStats);
    }
  }

  /**
   * The share of the message just received that carried updates from history: its bytes, in
   * proportion to its updates that were caught up rather than live.
   */
  private void historyShare(ModeStats modeStats, long caughtUp, int updates) {
    if (caughtUp > 0 && updates > 0) {
      modeStats.recordHistoryBytes(lastMessageIn * Math.min(caughtUp, updates) / updates);
    }
  }

  /** Series the server added while running, described before their first update is stored. */
  private void describe(SeriesStore.Writer w, DecodedFrame frame) {
    if (!frame.series().isEmpty()) {
      FeedView v = views.view();
      for (SeriesMeta meta : frame.series()) {
        w.describe(v.apply(SeriesNames.inLanguage(meta)));
      }
    }
  }

  private void record(IngestTally tally, ModeStats modeStats) {
    modeStats.recordGap(tally.missing());
    modeStats.recordDuplicates(tally.duplicates());
    if (tally.rejected() > 0) {
      modeStats.recordRejected(tally.rejected());
      stats.reportProblem(Texts.get("problem.rejected", Texts.of(tally.lastRejection())));
    }
    if (tally.late() > 0 || tally.quarantined() > 0) {
      modeStats.recordTimes(tally.late(), tally.quarantined());
    }
    if (tally.quarantined() > 0) {
      stats.reportProblem(Texts.get("problem.quarantined", tally.lastQuarantinedSeries(),
          tally.lastAheadSeconds()));
    }
    if (tally.unknownSeries() > 0) {
      modeStats.recordRejected(tally.unknownSeries());
      stats.reportProblem(Texts.get("problem.unknownSeries"));
    }
    if (tally.renumbered() > 0) {
      stats.reportProblem(Texts.get("problem.renumbered"));
    }
    if (tally.unnamedStream()) {
      stats.reportProblem(Texts.get("problem.unnamedStream"));
    }
    if (tally.restarted()) {
      stats.recordRestart();
      stats.reportProblem(Texts.get("problem.restarted"));
    }
  }

  /** Keeps the server's trouble while it lasts, for the window to show. */
  private void serverStatus(DecodedFrame.ServerStatus status) {
    stats.serverStatus(status == null || status.ok() ? null
        : new ServerTrouble(status.code(), status.message(), status.sinceMicros()));
  }

  /** A gap whose numbers the server declared lost: the feed lost readings, not this client. */
  private void lostByServer(DecodedFrame frame) {
    if (frame.gapLost() > 0) {
      stats.reportProblem(Texts.get("problem.serverLost", frame.gapLost()));
    }
  }

  /** The store's writer moved by {@link PositionRule}, each update stored and its latency kept. */
  private record StoreSteps(SeriesStore.Writer w, long receivedMicros, ModeStats modeStats,
      long sourceShift) implements PositionRule.Steps {
    @Override
    public void announce(String stream, long last) {
      w.announce(stream, last, receivedMicros);
    }

    @Override
    public void skipTo(long to) {
      w.skipTo(to);
    }

    @Override
    public void update(UpdateBatch updates, int i) {
      long t = updates.timeMicros(i);
      if (w.offer(updates.seriesId(i), updates.seq(i), t, updates.value(i), updates.volume(i))) {
        modeStats.recordUpdate(t - sourceShift, receivedMicros);
      }
    }
  }
}
