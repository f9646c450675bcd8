package org.livedash.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.livedash.feed.FeedCodec;
import org.livedash.feed.DecodedFrame;
import org.livedash.model.FeedMode;
import org.livedash.model.FeedStats;
import org.livedash.model.ResumePoint;
import org.livedash.model.SeriesKind;
import org.livedash.model.SeriesMeta;
import org.livedash.model.SeriesStore;
import org.livedash.transport.FollowedPosition;
import org.livedash.client.FeedPipeline;

/**
 * The dashboard's store and a client that only counts ({@code livedash compare}'s, the wire
 * view's) follow the same frames to the same place: after every frame of seeded scripts of
 * hellos, pushed batches, polling answers with rejected updates, gaps, heartbeats, replays and
 * new streams, both would ask the server for the same thing.
 */
class PositionAgreementTest {
  private static final long T0 = 1_700_000_000_000_000L;
  private static final int SCRIPTS = 300;

  @Test
  void theDashboardAndACountingClientAskForTheSameAfterEveryFrame() {
    FeedCodec codec = new FeedCodec();
    for (long seed = 1; seed <= SCRIPTS; seed++) {
      Random random = new Random(seed);
      SeriesStore store = new SeriesStore(10_000);
      store.setCatalogue(List.of(SeriesMeta.of("a", "A", "", SeriesKind.SENSOR, 0, 1)));
      FeedPipeline pipeline = new FeedPipeline(store, new FeedStats(), System::nanoTime,
          Clock.systemUTC());
      pipeline.onModeEntered(FeedMode.WS, null);
      FollowedPosition followed = FollowedPosition.fromStart();
      for (String frame : script(random)) {
        DecodedFrame decoded = codec.decode(frame);
        pipeline.onFrame(FeedMode.WS, decoded, T0);
        followed.follow(decoded);
        ResumePoint dashboard = store.resumePoint();
        assertThat(followed.get()).as("seed %d, after %s", seed, frame).isEqualTo(dashboard);
      }
    }
  }

  @Test
  void aHeartbeatKeepsTheStreamAResumeNames() {
    FollowedPosition followed = new FollowedPosition();
    FeedCodec codec = new FeedCodec();
    followed.follow(codec.decode("{\"type\":\"hello\",\"stream\":\"s1\",\"last\":10}"));
    followed.follow(codec.decode("{\"type\":\"heartbeat\",\"t\":1,\"last\":12}"));
    assertThat(followed.get()).isEqualTo(new ResumePoint(10, "s1"));
  }

  @Test
  void aCompleteAnswerWithARejectedUpdateIsNotAskedForAgain() {
    FollowedPosition followed = new FollowedPosition();
    FeedCodec codec = new FeedCodec();
    followed.follow(codec.decode("{\"type\":\"batch\",\"stream\":\"s\",\"last\":3,\"more\":false,"
        + "\"updates\":[]}"));
    followed.follow(codec.decode("{\"type\":\"batch\",\"stream\":\"s\",\"last\":5,\"more\":false,"
        + "\"updates\":[" + update(4) + ",{\"seq\":5,\"id\":\"a\",\"t\":1,\"v\":\"x\"}]}"));
    assertThat(followed.get()).isEqualTo(new ResumePoint(5, "s"));
  }

  /** One connection's frames: mostly in order, with the server's and the path's surprises. */
  private static List<String> script(Random random) {
    List<String> frames = new ArrayList<>();
    String stream = "s" + random.nextInt(3);
    long seq = random.nextInt(50);
    frames.add(hello(stream, seq));
    for (int step = 0, steps = 20 + random.nextInt(40); step < steps; step++) {
      switch (random.nextInt(9)) {
        case 0 -> frames.add("{\"type\":\"heartbeat\",\"t\":" + T0 + ",\"last\":" + (seq
            + random.nextInt(5)) + "}");
        case 1 -> {
          long to = seq + 1 + random.nextInt(20);
          frames.add("{\"type\":\"gap\",\"from\":" + (seq + 1) + ",\"to\":" + to + "}");
          seq = to;
        }
        case 2 -> {
          stream = "s" + random.nextInt(3);
          seq = random.nextInt(50);
          frames.add(hello(stream, seq));
        }
        case 3 -> frames.add(hello(stream, Math.max(0, seq - random.nextInt(10))));
        case 4, 5 -> {
          // A polling answer: 'last', maybe a gap before its updates, maybe rejected updates.
          StringBuilder items = new StringBuilder();
          String gap = "";
          if (random.nextInt(4) == 0) {
            long to = seq + 1 + random.nextInt(5);
            gap = ",\"gap\":{\"from\":" + (seq + 1) + ",\"to\":" + to + "}";
            seq = to;
          }
          for (int i = 0, n = random.nextInt(5); i < n; i++) {
            seq++;
            items.append(items.isEmpty() ? "" : ",").append(random.nextInt(4) == 0
                ? "{\"seq\":" + seq + ",\"id\":\"a\",\"t\":1,\"v\":\"broken\"}" : update(seq));
          }
          boolean more = random.nextInt(3) == 0;
          frames.add("{\"type\":\"batch\",\"stream\":\"" + stream + "\",\"last\":"
              + (seq + (more ? 3 : 0)) + ",\"more\":" + more + gap + ",\"updates\":[" + items
              + "]}");
        }
        default -> {
          // Pushed updates, now and then skipping numbers or repeating old ones.
          StringBuilder items = new StringBuilder();
          for (int i = 0, n = 1 + random.nextInt(5); i < n; i++) {
            long next = random.nextInt(8) == 0 ? Math.max(1, seq - random.nextInt(4))
                : ++seq + (random.nextInt(10) == 0 ? random.nextInt(3) : 0);
            seq = Math.max(seq, next);
            items.append(items.isEmpty() ? "" : ",").append(update(next));
          }
          frames.add("{\"type\":\"batch\",\"updates\":[" + items + "]}");
        }
      }
    }
    return frames;
  }

  private static String hello(String stream, long last) {
    return "{\"type\":\"hello\",\"stream\":\"" + stream + "\",\"last\":" + last + "}";
  }

  private static String update(long seq) {
    return "{\"seq\":" + seq + ",\"id\":\"a\",\"t\":" + (T0 + seq) + ",\"v\":" + seq + "}";
  }
}
