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
    final int capacity;
    String closedWith;

    RecordingSubscriber(int capacity) {
      this.capacity = capacity;
    }

    @Override
    public boolean send(String frame) {
      if (frames.size() >= capacity) {
        return false;
      }
      frames.add(codec.decode(frame));
      return true;
    }

    @Override
    public void close(String reason) {
      closedWith = reason;
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
  }
}
