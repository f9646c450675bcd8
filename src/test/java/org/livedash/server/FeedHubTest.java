package org.livedash.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.livedash.feed.DecodedFrame;
import org.livedash.feed.FeedCodec;
import org.livedash.feed.FrameWriter;
import org.livedash.feed.FrameType;
import org.livedash.feed.Update;

class FeedHubTest {
  private final FeedCodec codec = new FeedCodec();
  private final FrameWriter frames = new FrameWriter();

  /** Collects decoded frames; refuses sends once {@code capacity} frames are queued. */
  private final class RecordingSubscriber implements FeedSubscriber {
    final List<DecodedFrame> frames = new ArrayList<>();
    final List<String> texts = new ArrayList<>();
    final int capacity;
    boolean wantsStatus;
    String closedWith;
    int closedStatus;

    RecordingSubscriber(int capacity) {
      this.capacity = capacity;
    }

    @Override
    public boolean send(OutFrame frame) {
      if (frames.size() >= capacity) {
        return false;
      }
      frames.add(codec.decode(frame.text()));
      texts.add(frame.text());
      return true;
    }

    @Override
    public boolean wantsStatus() {
      return wantsStatus;
    }

    @Override
    public void close(int status, String reason) {
      closedWith = reason;
      closedStatus = status;
    }

    List<Long> seqs() {
      return frames.stream().flatMap(f -> f.updates().stream()).map(Update::seq).toList();
    }
  }

  private void publish(FeedHub hub, long from, long to) {
    List<String> encoded = new ArrayList<>();
    for (long s = from; s <= to; s++) {
      encoded.add(frames.encodeUpdate(Update.of(s, "a", s, s)));
    }
    hub.publish(from, encoded);
  }

  @Test
  void resumingClientGetsMissedUpdatesThenLiveOnesWithoutRepeats() {
    FeedHub hub = new FeedHub(frames, 10_000, 1000, "test", "s1", new FeedCatalogue(List.of()));
    publish(hub, 1, 2_500);
    RecordingSubscriber client = new RecordingSubscriber(1_000);
    hub.attach(client, 100);
    publish(hub, 2_501, 2_510);
    assertThat(client.frames.get(0).type()).isEqualTo(FrameType.HELLO);
    assertThat(client.frames.get(0).last()).isEqualTo(2_500);
    assertThat(client.seqs()).containsExactlyElementsOf(
        LongStream.rangeClosed(101, 2_510).boxed().toList());
  }

  @Test
  void liveClientStartsAfterTheHello() {
    FeedHub hub = new FeedHub(frames, 100, 1000, "test", "s1", new FeedCatalogue(List.of()));
    publish(hub, 1, 50);
    RecordingSubscriber client = new RecordingSubscriber(100);
    hub.attach(client, -1);
    publish(hub, 51, 52);
    assertThat(client.seqs()).containsExactly(51L, 52L);
  }

  @Test
  void resumingPastTheHistoryIsToldAboutTheGap() {
    FeedHub hub = new FeedHub(frames, 10, 1000, "test", "s1", new FeedCatalogue(List.of()));
    publish(hub, 1, 30);
    RecordingSubscriber client = new RecordingSubscriber(100);
    hub.attach(client, 5);
    DecodedFrame gap = client.frames.get(1);
    assertThat(gap.type()).isEqualTo(FrameType.GAP);
    assertThat(gap.gapFrom()).isEqualTo(6);
    assertThat(gap.gapTo()).isEqualTo(20);
    assertThat(client.seqs()).containsExactlyElementsOf(
        LongStream.rangeClosed(21, 30).boxed().toList());
  }

  @Test
  void dropsAClientThatCannotKeepUp() {
    FeedHub hub = new FeedHub(frames, 100, 1000, "test", "s1", new FeedCatalogue(List.of()));
    RecordingSubscriber slow = new RecordingSubscriber(2);
    hub.attach(slow, -1);
    publish(hub, 1, 1);
    publish(hub, 2, 2);
    assertThat(hub.subscriberCount()).isZero();
    assertThat(slow.closedWith).contains("too slow");
    assertThat(slow.closedStatus).isEqualTo(1013);
  }

  @Test
  void aStreamThatBeganAgainClosesPushClientsAsAServiceRestartNotAsTooSlow() {
    FeedHub hub = new FeedHub(frames, 100, 1000, "test", "s1", new FeedCatalogue(List.of()));
    RecordingSubscriber client = new RecordingSubscriber(100);
    hub.attach(client, -1);
    hub.beginStream("s1", 0);
    assertThat(client.closedWith).as("the same stream: nothing to tell").isNull();
    hub.beginStream("s2", 0);
    assertThat(client.closedStatus).isEqualTo(1012);
    assertThat(hub.subscriberCount()).isZero();
  }

  @Test
  void aClientThatCannotTakeItsBacklogIsClosedNotLeftAttachedToNothing() {
    FeedHub hub = new FeedHub(frames, 10_000, 1000, "test", "s1", new FeedCatalogue(List.of()));
    publish(hub, 1, 5_000);
    RecordingSubscriber client = new RecordingSubscriber(2);
    hub.attach(client, 0);
    assertThat(client.closedWith).contains("backlog");
    assertThat(hub.subscriberCount()).isZero();
  }

  @Test
  void aHoleReachesLiveClientsAsAGapCountingItsNumbersAndResumingClientsFromHistory() {
    FeedHub hub = new FeedHub(frames, 100, 1000, "test", "s1", new FeedCatalogue(List.of()));
    RecordingSubscriber live = new RecordingSubscriber(100);
    hub.attach(live, -1);
    publish(hub, 1, 3);
    hub.publishHole(4, 9);
    publish(hub, 10, 10);
    DecodedFrame gap = live.frames.stream().filter(f -> f.type() == FrameType.GAP).findFirst()
        .orElseThrow();
    assertThat(gap.gapFrom()).isEqualTo(4);
    assertThat(gap.gapTo()).isEqualTo(9);
    assertThat(live.texts).anyMatch(t -> t.contains("\"lost\":6"));
    assertThat(hub.declaredLost()).isEqualTo(6);

    RecordingSubscriber resuming = new RecordingSubscriber(100);
    hub.attach(resuming, 2);
    assertThat(resuming.seqs()).containsExactly(3L, 10L);
    assertThat(resuming.frames).anyMatch(f -> f.type() == FrameType.GAP && f.gapFrom() == 4
        && f.gapTo() == 9);
  }

  @Test
  void aCatalogueTooLargeForOneFrameFollowsTheHelloInFramesUnderTheBudget() {
    FeedCatalogue catalogue = new FeedCatalogue(List.of());
    FeedHub hub = new FeedHub(frames, 100, 1000, "test", "s1", catalogue);
    for (int i = 0; i < 10_000; i++) {
      catalogue.add(org.livedash.model.SeriesMeta.of("plant/line" + i + "/telemetry:temperature",
          "line " + i + " temperature", "°C", org.livedash.model.SeriesKind.SENSOR, 0, 100), 1);
    }
    RecordingSubscriber client = new RecordingSubscriber(100);
    hub.attach(client, -1);
    assertThat(client.frames.get(0).type()).isEqualTo(FrameType.HELLO);
    assertThat(client.frames).hasSizeGreaterThan(2);
    assertThat(client.texts).allMatch(t -> t.getBytes(java.nio.charset.StandardCharsets.UTF_8)
        .length < FeedHistory.FRAME_BYTES + 1_024);
    assertThat(client.frames.stream().mapToInt(f -> f.series().size()).sum()).isEqualTo(10_000);
    assertThat(client.frames.subList(1, client.frames.size()))
        .allMatch(f -> f.type() == FrameType.BATCH && f.updates().isEmpty());
  }

  @Test
  void aLargeBatchIsCutSoThatUpdatesAndTheSeriesTheyBringStayUnderTheBudgetInBytes() {
    FeedCatalogue catalogue = new FeedCatalogue(List.of());
    FeedHub hub = new FeedHub(frames, 50_000, 1000, "test", "s1", catalogue);
    RecordingSubscriber client = new RecordingSubscriber(1_000);
    hub.attach(client, -1);
    List<String> encoded = new ArrayList<>();
    List<String> described = new ArrayList<>();
    for (int s = 1; s <= 9_000; s++) {
      String id = "série-" + s + "-" + "é".repeat(20);
      encoded.add(frames.encodeUpdate(Update.of(s, id, s, s)));
      described.add(catalogue.add(org.livedash.model.SeriesMeta.of(id, id, "°C",
          org.livedash.model.SeriesKind.SENSOR, 0, 100), s));
    }
    hub.publish(1, encoded, described);
    assertThat(client.texts.subList(1, client.texts.size())).allMatch(t ->
        t.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
            < FeedHistory.FRAME_BYTES + 1_024);
    assertThat(client.seqs()).hasSize(9_000);
    assertThat(client.frames.stream().mapToInt(f -> f.series().size()).sum()).isEqualTo(9_000);
    assertThat(client.texts).hasSizeGreaterThan(4);
  }

  @Test
  void onlyClientsThatAskForStatusAreToldItAtOnceAndOnJoining() {
    FeedHub hub = new FeedHub(frames, 100, 1000, "test", "s1", new FeedCatalogue(List.of()));
    RecordingSubscriber asks = new RecordingSubscriber(100);
    asks.wantsStatus = true;
    RecordingSubscriber older = new RecordingSubscriber(100);
    hub.attach(asks, -1);
    hub.attach(older, -1);
    hub.status(frames.statusMember("source", "broker mqtt://b:1883 unreachable", 42));
    assertThat(asks.texts.get(asks.texts.size() - 1)).startsWith("{\"type\":\"status\"")
        .contains("\"code\":\"source\"").contains("\"since\":42");
    assertThat(older.texts).noneMatch(t -> t.contains("status"));
    RecordingSubscriber joining = new RecordingSubscriber(100);
    joining.wantsStatus = true;
    hub.attach(joining, -1);
    assertThat(joining.texts.get(joining.texts.size() - 1)).contains("unreachable");
    hub.status(null);
    assertThat(asks.texts.get(asks.texts.size() - 1))
        .isEqualTo("{\"type\":\"status\",\"state\":\"ok\"}");
  }
}
