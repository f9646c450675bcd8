package org.livedash.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.livedash.i18n.Texts;
import org.livedash.model.Reason;
import org.livedash.feed.DecodedFrame;
import org.livedash.feed.FeedEndpoints;
import org.livedash.feed.mapping.MessageShapes;
import org.livedash.feed.profile.Profile;
import org.livedash.feed.profile.ResolvedProfile;
import org.livedash.model.ResumePoint;
import org.livedash.transport.Credentials;
import org.livedash.transport.FeedListener;
import org.livedash.transport.FeedTransport;
import org.livedash.transport.websocket.JsonFeedOptions;
import org.livedash.transport.websocket.WebSocketClients;
import org.livedash.transport.websocket.WebSocketTransport;

/**
 * Takes the first messages of a feed for the profile editor's samples: opens a connection of its
 * own with the profile as it stands (address, subscriptions, login), keeps the first few
 * messages as they came, and the first of each kind met in the seconds after — done when
 * enough came, or the feed fell quiet for a moment after its first — and closes it. The
 * running feed is not touched.
 */
final class FeedSampler {
  /** What the editor's capture waits for: this many messages, or this long. */
  static final int MESSAGES = 10;
  static final Duration WITHIN = Duration.ofSeconds(5);
  /** A pause this long after a message ends the sample early. */
  static final Duration QUIET = Duration.ofMillis(1500);
  /**
   * How long a sample listens at least once it has its messages, for kinds a feed sends less
   * often (a heartbeat a second beside ten trades a second): one of each new kind is kept too.
   */
  static final Duration AT_LEAST = Duration.ofSeconds(2);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final WebSocketClients clients;
  private final Executor connector;
  private final ScheduledExecutorService timer;
  private final Clock clock;

  FeedSampler(WebSocketClients clients, Executor connector, ScheduledExecutorService timer,
      Clock clock) {
    this.clients = clients;
    this.connector = connector;
    this.timer = timer;
    this.clock = clock;
  }

  /**
   * The first {@code count} messages, or those that came within {@code within}; fails in one
   * line when the feed cannot be reached or sends nothing.
   *
   * @throws IllegalArgumentException when the profile cannot be filled (a secret not set)
   */
  CompletableFuture<List<String>> sample(Profile profile, Function<String, String> secrets,
      int count, Duration within) {
    ResolvedProfile r = ResolvedProfile.of(profile, secrets);
    FeedEndpoints shown = FeedEndpoints.exactly(r.shownUrl());
    URI address = FeedEndpoints.exactly(r.url()).websocket();
    FeedTransport t = WebSocketTransport.ofJson(clients, shown, new JsonFeedOptions(address,
        r.openMessages(), null, null, r.spacing(), within.plusSeconds(1)), connector, timer,
        clock, Credentials.NONE.plus(r.headers()));
    Capture capture = new Capture(count);
    t.start(() -> ResumePoint.LIVE, capture);
    timer.schedule(() -> capture.end(within), within.toMillis(), TimeUnit.MILLISECONDS);
    return capture.result.whenComplete((ok, error) -> t.close());
  }

  /**
   * What one sample takes: the first {@code count} messages, then for {@link #AT_LEAST} the
   * first of each kind not met yet; ended early by a quiet feed.
   */
  private final class Capture implements FeedListener {
    final CompletableFuture<List<String>> result = new CompletableFuture<>();
    private final int count;
    private final List<String> got = new ArrayList<>();
    private final MessageShapes kinds = new MessageShapes();
    private ScheduledFuture<?> quiet;
    private long firstNanos;
    private boolean ending;

    Capture(int count) {
      this.count = count;
    }

    @Override
    public void onFrame(DecodedFrame frame, long receivedMicros) {}

    @Override
    public void onMessage(String text, long receivedMicros) {
      synchronized (got) {
        if (got.isEmpty()) {
          firstNanos = System.nanoTime();
        }
        // Once full, a fast feed's further messages are not even looked at.
        boolean room = got.size() < 2 * count;
        boolean newKind = room && isNewKind(text);
        if (got.size() < count || newKind) {
          got.add(text);
        }
        if (got.size() >= count) {
          if (!ending) {
            // Enough: listen on for the kinds that come less often, then end.
            ending = true;
            long left = AT_LEAST.toNanos() - (System.nanoTime() - firstNanos);
            timer.schedule(this::complete, Math.max(0, left), TimeUnit.NANOSECONDS);
          }
          return;
        }
        if (quiet != null) {
          quiet.cancel(false);
        }
        quiet = timer.schedule(this::complete, QUIET.toMillis(), TimeUnit.MILLISECONDS);
      }
    }

    /** Whether a message is of a kind not met yet in this sample (text that is no JSON: no). */
    private boolean isNewKind(String text) {
      try {
        int before = kinds.shapeCount();
        kinds.observe(JSON.readTree(text), null, 0);
        return kinds.shapeCount() > before;
      } catch (java.io.IOException e) {
        return false;
      }
    }

    private void complete() {
      synchronized (got) {
        result.complete(List.copyOf(got));
      }
    }

    /** The time given is up: what came, or nothing said in one line. */
    void end(Duration within) {
      synchronized (got) {
        if (got.isEmpty()) {
          result.completeExceptionally(new IllegalStateException(
              Texts.of(Reason.of("sample.nothing", within.toSeconds()))));
        } else {
          result.complete(List.copyOf(got));
        }
      }
    }

    @Override
    public void onFailure(Reason reason, Throwable cause) {
      result.completeExceptionally(new IllegalStateException(Texts.of(reason)));
    }
  }
}
