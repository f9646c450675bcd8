package org.livedash.relay;

import org.livedash.feed.ShownAddress;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import org.livedash.transport.DaemonThreads;
import org.livedash.feed.DecodedFrame;
import org.livedash.feed.FeedEndpoints;
import org.livedash.feed.mapping.FeedMapping;
import org.livedash.feed.profile.Profile;
import org.livedash.feed.profile.ResolvedProfile;
import org.livedash.model.ConnectionState;
import org.livedash.model.EpochMicros;
import org.livedash.model.FeedMode;
import org.livedash.model.InvalidInputException;
import org.livedash.model.Reason;
import org.livedash.model.ResumePoint;
import org.livedash.model.SeriesDiscovery;
import org.livedash.model.SeriesMeta;
import org.livedash.server.FeedSource;
import org.livedash.server.Origins;
import org.livedash.server.Reading;
import org.livedash.transport.ConnectionSupervisor;
import org.livedash.transport.Credentials;
import org.livedash.transport.FeedSink;
import org.livedash.transport.ReconnectPolicy;
import org.livedash.transport.TlsTrust;
import org.livedash.transport.websocket.JsonFeedOptions;
import org.livedash.transport.websocket.WebSocketClients;
import org.livedash.transport.websocket.WebSocketTransport;

/**
 * A relay's source in a public JSON feed, read with a client profile (its address, symbols,
 * login, subscriptions and mapping): one upstream connection and one subscription, however many
 * dashboards the relay serves — which also keeps to the venues' one-connection limits. The
 * connection is supervised as the app's is: reconnected with backoff, its trouble said in the
 * relay's health. The venue's own sequence numbers are not kept: the relay numbers what it
 * publishes.
 */
public final class ProfileSource implements FeedSource, FeedSink {
  private final Profile profile;
  private final FeedMapping mapping;
  private final SeriesDiscovery discovery;
  private final FeedEndpoints shown;
  private final JsonFeedOptions options;
  private final Credentials credentials;
  private final ObjectMapper json = new ObjectMapper();
  private final WebSocketClients clients = new WebSocketClients(10_000, TlsTrust.standard());
  private final ExecutorService connector = Executors.newCachedThreadPool(
      DaemonThreads.named("relay-upstream-connect"));
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
      DaemonThreads.named("relay-upstream-timer"));
  private ConnectionSupervisor supervisor;
  private volatile ReadingSink out;
  /** When the venue's last message came (epoch µs), 0 before any. */
  private volatile long lastReadMicros;
  /** Since when the current connection has brought messages (epoch µs), -1 before one. */
  private volatile long readingSince = -1;

  /**
   * @throws IllegalArgumentException with one line when the profile cannot be filled (a secret
   *     not set) or its mapping does not compile
   */
  public ProfileSource(Profile profile, Function<String, String> secrets) {
    if (profile.isLiveDash()) {
      throw new InvalidInputException(Reason.of("serve.profileIsLiveDash"));
    }
    this.profile = profile;
    this.mapping = profile.compile();
    this.discovery = profile.discovery();
    ResolvedProfile r = ResolvedProfile.of(profile, secrets);
    this.shown = FeedEndpoints.exactly(r.shownUrl());
    URI address = FeedEndpoints.exactly(r.url()).websocket();
    this.options = new JsonFeedOptions(address, r.openMessages(), r.pingMessage(), r.pingEvery(),
        r.spacing(), r.silence());
    this.credentials = Credentials.NONE.plus(r.headers());
  }

  @Override
  public List<SeriesMeta> initialSeries() {
    return List.of();
  }

  @Override
  public SeriesMeta describe(String seriesId) {
    return discovery.describe(seriesId);
  }

  @Override
  public void start(ReadingSink sink, ScheduledExecutorService serverTimer) {
    out = sink;
    Clock clock = Clock.systemUTC();
    supervisor = new ConnectionSupervisor(
        (mode, target, interval) -> WebSocketTransport.ofJson(clients, target, options,
            connector, timer, clock, credentials),
        target -> CompletableFuture.completedFuture(List.of()), this,
        ReconnectPolicy.standard(new SplittableRandom()),
        Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("relay-upstream")),
        System::nanoTime);
    supervisor.connect(shown, FeedMode.WS, Duration.ofSeconds(1));
  }

  /** One message of the venue, mapped at once and handed on as one batch. */
  @Override
  public void onMessage(FeedMode mode, String text, long receivedMicros) {
    lastReadMicros = receivedMicros;
    if (readingSince < 0) {
      readingSince = receivedMicros;
    }
    JsonNode node;
    try {
      node = json.readTree(text);
    } catch (IOException e) {
      return;
    }
    List<Reading> readings = new ArrayList<>();
    long digest = Origins.digest(text);
    mapping.map(node, receivedMicros, (id, t, v, seq, sequencing) ->
        readings.add(Reading.fromMessage(digest, readings.size(), id, t, v)));
    if (!readings.isEmpty()) {
      out.publish(readings);
    }
  }

  @Override
  public Reason description() {
    return Reason.of("serve.profileSource", profile.name(), ShownAddress.of(shown.websocket()));
  }

  @Override
  public String address() {
    return shown.websocket().toString();
  }

  @Override
  public Reason problem() {
    if (supervisor == null) {
      return Reason.of("serve.notStarted");
    }
    var status = supervisor.status();
    return status.state() == ConnectionState.LIVE ? null
        : Reason.of("serve.feedProblem", ShownAddress.of(shown.websocket()), status.detail());
  }

  @Override
  public void close() {
    if (supervisor != null) {
      supervisor.close();
    }
    clients.shutdown();
    connector.shutdownNow();
    timer.shutdownNow();
  }

  @Override
  public ResumePoint resumePoint() {
    return ResumePoint.LIVE;
  }

  @Override
  public void onConnecting(FeedEndpoints endpoints) {}

  @Override
  public void onCatalogue(List<SeriesMeta> catalogue) {}

  @Override
  public void onModeEntered(FeedMode mode, Duration pollInterval) {
    // A venue does not replay what it sent while the relay was away: what came between the
    // last message read and this new connection is a hole, said as one — once, however many
    // attempts the venue takes to answer again.
    long last = lastReadMicros;
    lastReadMicros = 0;
    readingSince = -1;
    ReadingSink sink = out;
    if (last > 0 && sink != null) {
      sink.missed(0, last, EpochMicros.now(Clock.systemUTC()));
    }
  }

  @Override
  public long deliveringSinceMicros() {
    return problem() == null ? readingSince : -1;
  }

  @Override
  public void onStopped() {}

  @Override
  public void onFrame(FeedMode mode, DecodedFrame frame, long receivedMicros) {}

  @Override
  public void onTraffic(FeedMode mode, long bytesIn, long bytesOut, int requests,
      boolean emptyPoll) {}
}
