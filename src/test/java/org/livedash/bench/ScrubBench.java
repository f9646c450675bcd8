package org.livedash.bench;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.livedash.model.BucketRing;
import org.livedash.model.SeriesRing;
import org.livedash.record.FeedRecorder;
import org.livedash.record.FileBuckets;
import org.livedash.record.McapWriter;
import org.livedash.record.RecordedSamples;

/**
 * Scrub-back from recordings: a day of a feed recorded as the window records it (a chunk each
 * half second, a file each 7 200 chunks, each file's buckets attached to it), then one series read
 * back over windows of one hour, four hours and a day for a chart 1 600 pixels wide, as a chart
 * past its ring reads them (a day from the files' buckets; once more from every sample). Prints
 * each read's time (the median of five) with the machine it ran on.
 *
 * <p>Usage: {@code ScrubBench [hours] [updates/s] [series]} (default 24 100 10).
 */
public final class ScrubBench {
  private static final String FEED = "demo";
  private static final long COLUMNS = 1_600;

  private ScrubBench() {}

  public static void main(String[] args) throws Exception {
    int hours = args.length > 0 ? Integer.parseInt(args[0]) : 24;
    int rate = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    int series = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    Path dir = Files.createTempDirectory("scrub-bench");
    long end = 1_796_000_000_000_000L;
    long start = end - hours * 3_600_000_000L;
    long t0 = System.nanoTime();
    List<Path> files = record(dir, start, end, rate, series);
    long bytes = 0;
    for (Path f : files) {
      bytes += Files.size(f);
    }
    System.out.printf("ScrubBench: %d cores, %s, Java %s, %s%n",
        Runtime.getRuntime().availableProcessors(), BenchProcesses.cpuModel(),
        System.getProperty("java.version"), System.getProperty("os.name"));
    System.out.printf(
        "recorded %d h at %d updates/s over %d series: %d files, %.1f MB, in %.1f s%n", hours,
        rate, series, files.size(), bytes / 1e6, (System.nanoTime() - t0) / 1e9);
    System.out.println(
        "| window read back | column | read from | samples | first read | read (median of 5) |");
    System.out.println("|---|---|---|---|---|---|");
    for (long h : new long[] {1, 4, hours, -hours}) {
      if (Math.abs(h) > hours) {
        continue;
      }
      long from = end - Math.abs(h) * 3_600_000_000L;
      // A chart 1 600 pixels wide; the last row reads every sample of the day, as before buckets.
      long column = h < 0 ? 0 : (end - from) / COLUMNS;
      long[] times = new long[5];
      int samples = 0;
      for (int i = 0; i < times.length; i++) {
        long a = System.nanoTime();
        SeriesRing r = RecordedSamples.read(files, FEED, "s0", from, end, column);
        times[i] = System.nanoTime() - a;
        samples = r.size();
      }
      // The first read of a file walks it for its chunks (from its summary once it is closed).
      long first = times[0];
      Arrays.sort(times);
      System.out.printf("| %d h | %.1f s | %s | %,d | %.0f ms | %.0f ms |%n", Math.abs(h),
          column / 1e6, column >= BucketRing.BUCKET_MICROS ? "buckets" : "chunks", samples,
          first / 1e6, times[2] / 1e6);
    }
    for (Path f : files) {
      Files.delete(f);
    }
    Files.delete(dir);
  }

  /** The day as the recorder lays it out: a channel a series, chunks of half a second. */
  private static List<Path> record(Path dir, long start, long end, int rate, int series)
      throws Exception {
    List<Path> files = new ArrayList<>();
    long step = 1_000_000L / rate;
    long seq = 0;
    double[] v = new double[series];
    java.util.Random random = new java.util.Random(1);
    long t = start;
    while (t < end) {
      Path file = dir.resolve("run-" + (files.size() + 1) + ".mcap");
      files.add(file);
      try (OutputStream out = Files.newOutputStream(file);
          McapWriter mcap = new McapWriter(out, "", "ScrubBench")) {
        FileBuckets buckets = new FileBuckets();
        int schema = mcap.schema("livedash.Reading", "jsonschema", "{}".getBytes());
        int[] channels = new int[series];
        for (int s = 0; s < series; s++) {
          channels[s] = mcap.channel(schema, "/s" + s, "json", Map.of("id", "s" + s,
              "name", "S" + s, "unit", "u", "kind", "sensor"));
        }
        mcap.metadata(FeedRecorder.FEED_METADATA, Map.of("view", FEED, "new", "false"));
        for (int chunk = 0; chunk < 7_200 && t < end; chunk++) {
          long chunkEnd = t + 500_000L;
          for (; t < chunkEnd && t < end; t += step) {
            int s = (int) (seq % series);
            v[s] += random.nextGaussian();
            byte[] json = ("{\"t\":" + t + ",\"value\":" + v[s] + ",\"seq\":" + ++seq + "}")
                .getBytes(StandardCharsets.US_ASCII);
            mcap.message(channels[s], seq, t * 1000, t * 1000, json, json.length);
            buckets.add(FEED, "s" + s, t, v[s]);
          }
          mcap.flushChunk();
        }
        mcap.attachment(FileBuckets.NAME, FileBuckets.MEDIA_TYPE, t * 1000, buckets.encode());
      }
    }
    return files;
  }
}
