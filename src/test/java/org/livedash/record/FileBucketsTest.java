package org.livedash.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A file's readings in ten-second buckets, written as its attachment's bytes and read back: in
 * order, a reading that came late into its own bucket or before the others, a gap, by feed.
 */
class FileBucketsTest {
  private static final long S = 1_000_000L;

  private record Bucket(long first, long last, double v0, double min, double max, double v1,
      boolean gap) {}

  private static List<Bucket> read(byte[] data, String feed, String id) {
    List<Bucket> out = new ArrayList<>();
    assertThat(FileBuckets.read(ByteBuffer.wrap(data), feed, id, 0, Long.MAX_VALUE,
        (a, b, c, d, e, f, g) -> out.add(new Bucket(a, b, c, d, e, f, g)))).isTrue();
    return out;
  }

  @Test
  void bucketsKeepFirstLowestHighestAndLastWithLateReadingsInTheirPlace() {
    FileBuckets buckets = new FileBuckets();
    buckets.add("demo", "t", 10 * S, 5);
    buckets.add("demo", "t", 12 * S, 9);
    buckets.add("demo", "t", 19 * S, 7);
    buckets.add("demo", "t", 31 * S, 1);
    // Late: into the first bucket, and a bucket of its own before the others.
    buckets.add("demo", "t", 11 * S, 2);
    buckets.add("demo", "t", 3 * S, 4);
    buckets.gap();
    buckets.add("demo", "t", 45 * S, 6);
    buckets.add("other", "t", 12 * S, 100);
    buckets.add("demo", "t", 50 * S, Double.NaN);
    assertThat(buckets.worthKeeping()).isTrue();
    byte[] data = buckets.encode();

    assertThat(read(data, "demo", "t")).containsExactly(
        new Bucket(3 * S, 3 * S, 4, 4, 4, 4, false),
        new Bucket(10 * S, 19 * S, 5, 2, 9, 7, false),
        new Bucket(31 * S, 31 * S, 1, 1, 1, 1, false),
        new Bucket(45 * S, 45 * S, 6, 6, 6, 6, true));
    assertThat(read(data, "other", "t")).containsExactly(
        new Bucket(12 * S, 12 * S, 100, 100, 100, 100, false));
    assertThat(read(data, null, "t")).hasSize(5);
    assertThat(read(data, "demo", "nothing")).isEmpty();
    assertThat(FileBuckets.read(ByteBuffer.wrap(new byte[] {9, 0, 0, 0, 0, 0, 0, 0}), "demo",
        "t", 0, 1, (a, b, c, d, e, f, g) -> { })).as("another version").isFalse();
  }
}
