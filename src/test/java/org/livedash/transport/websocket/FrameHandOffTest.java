package org.livedash.transport.websocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FrameHandOffTest {
  private final List<Integer> ran = new CopyOnWriteArrayList<>();

  @Test
  void framesAreRunInTheOrderTheyWereHanded() {
    FrameHandOff handOff = new FrameHandOff("test-decode");
    for (int i = 0; i < 1_000; i++) {
      int n = i;
      handOff.hand(() -> ran.add(n), 10);
    }
    await().until(() -> ran.size() == 1_000);
    assertThat(ran).isEqualTo(IntStream.range(0, 1_000).boxed().toList());
    handOff.stop();
  }

  @Test
  void aReaderAheadOfTheDecodingWaitsAndNothingIsDropped() throws Exception {
    FrameHandOff handOff = new FrameHandOff("test-decode");
    CountDownLatch decoding = decodingHeldUp(handOff);
    for (int i = 0; i < FrameHandOff.CAPACITY; i++) {
      int n = i;
      handOff.hand(() -> ran.add(n), 10);
    }
    CompletableFuture<Void> reader = CompletableFuture.runAsync(
        () -> handOff.hand(() -> ran.add(FrameHandOff.CAPACITY), 10));
    stillWaiting(reader);
    decoding.countDown();
    reader.get();
    await().until(() -> ran.size() == FrameHandOff.CAPACITY + 1);
    assertThat(ran).isEqualTo(IntStream.rangeClosed(0, FrameHandOff.CAPACITY).boxed().toList());
    handOff.stop();
  }

  @Test
  void aFewLargeFramesFillTheHandOffBeforeManySmallOnesWould() throws Exception {
    FrameHandOff handOff = new FrameHandOff("test-decode");
    CountDownLatch decoding = decodingHeldUp(handOff);
    int half = FrameHandOff.CHARS_WAITING / 2;
    handOff.hand(() -> ran.add(1), half - 4096);
    CompletableFuture<Void> reader =
        CompletableFuture.runAsync(() -> handOff.hand(() -> ran.add(2), half + 4096));
    stillWaiting(reader);
    decoding.countDown();
    reader.get();
    await().until(() -> ran.size() == 2);
    assertThat(ran).containsExactly(1, 2);
    // A frame larger than the whole room still passes, once the rest has drained.
    handOff.hand(() -> ran.add(3), FrameHandOff.CHARS_WAITING * 2);
    await().until(() -> ran.size() == 3);
    handOff.stop();
  }

  @Test
  void stoppingFreesAWaitingReaderAndRunsNothingMore() throws Exception {
    FrameHandOff handOff = new FrameHandOff("test-decode");
    CountDownLatch never = decodingHeldUp(handOff);
    for (int i = 0; i < FrameHandOff.CAPACITY; i++) {
      handOff.hand(() -> ran.add(1), 10);
    }
    CompletableFuture<Void> reader =
        CompletableFuture.runAsync(() -> handOff.hand(() -> ran.add(2), 10));
    handOff.stop();
    reader.get();
    never.countDown();
    await().during(Duration.ofMillis(300)).until(ran::isEmpty);
  }

  /** The reader stays held back, for long enough to tell waiting from slow. */
  private static void stillWaiting(CompletableFuture<Void> reader) {
    await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
        .until(() -> !reader.isDone());
  }

  /** Hands a frame whose decoding waits until the latch returned is counted down. */
  private static CountDownLatch decodingHeldUp(FrameHandOff handOff) throws InterruptedException {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch started = new CountDownLatch(1);
    handOff.hand(() -> {
      started.countDown();
      await().atMost(Duration.ofSeconds(10)).until(() -> release.getCount() == 0);
    }, 10);
    started.await();
    return release;
  }
}
