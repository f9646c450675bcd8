package org.livedash.record;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.livedash.model.SeriesRing;

/**
 * A series' samples read back from recordings over a span of time, for a chart scrolled past
 * what its ring holds. Each file's records are walked by their lengths and only the chunks whose
 * times can hold the span are opened: their times are when the readings were received, widened by
 * {@link #MARGIN_MICROS} for readings stamped by a clock other than this machine's. A hole or a
 * new stream the recording tells of is a break before the next sample, as in the ring.
 */
public final class RecordedSamples {
  /** How far a reading's own time may be from when it was received. */
  static final long MARGIN_MICROS = 600_000_000L;
  /** The most samples read for one span: a four-hour window of 250 readings a second. */
  public static final int MOST = 4_000_000;
  private static final JsonFactory JSON = new JsonFactory();

  private long[] times = new long[1024];
  private double[] values = new double[1024];
  private boolean[] breaks = new boolean[1024];
  private int count;
  private boolean breakNext;
  private boolean ordered = true;

  private RecordedSamples() {}

  /**
   * The samples of series {@code seriesId} of feed {@code feed} (its view's key; any feed when
   * null) from {@code fromMicros} to {@code toMicros} in {@code files} (the first first; a file
   * not there is passed over), in time order, as a ring of their own; at most {@link #MOST}, the
   * earliest. Where {@code columnMicros} (the width of what is drawn as one) is a bucket or more,
   * a file's {@link FileBuckets} stand for its readings: four samples a bucket, its first, lowest,
   * highest and last. A file that does not go on from the one before ({@link RunFiles}) begins
   * after a break, and so does a feed begun anew.
   */
  public static SeriesRing read(List<Path> files, String feed, String seriesId, long fromMicros,
      long toMicros, long columnMicros) throws IOException {
    RecordedSamples samples = new RecordedSamples();
    String recorded = feed == null ? null : RecordedFeedName.of(feed);
    Path previous = null;
    for (Path file : files) {
      if (Files.isRegularFile(file) && samples.count < MOST) {
        samples.breakNext |= previous != null && !RunFiles.continues(previous, file);
        samples.readFile(file, recorded, seriesId, fromMicros, toMicros,
            columnMicros >= org.livedash.model.BucketRing.BUCKET_MICROS);
        previous = file;
      }
    }
    return samples.ring();
  }

  private void readFile(Path file, String feed, String seriesId, long from, long to,
      boolean bucketsWillDo) throws IOException {
    Channels channels = new Channels(seriesId);
    try (FileChannel in = FileChannel.open(file)) {
      ChunkTable table = table(file, in);
      int n;
      long bucketsAt;
      long bucketsLength;
      synchronized (table) {
        table.channels.forEach(channels::note);
        n = table.count();
        bucketsAt = table.bucketsOffset();
        bucketsLength = table.bucketsLength();
      }
      if (bucketsWillDo && bucketsAt >= 0) {
        buckets(McapReader.read(in, bucketsAt, bucketsLength), feed, seriesId, from, to);
        return;
      }
      long lastRead = 0;
      for (int i = 0; i < n && count < MOST; i++) {
        long offset;
        long length;
        synchronized (table) {
          if (table.endMicros(i) + MARGIN_MICROS < from
              || table.startMicros(i) - MARGIN_MICROS > to
              || feed != null && !feed.equals(table.feedAt(table.offset(i)))) {
            continue;
          }
          offset = table.offset(i);
          length = table.length(i);
          breakNext |= table.beginsAnewBetween(lastRead, offset);
        }
        lastRead = offset;
        records(McapReader.unchunk(McapReader.read(in, offset, length)), channels, from, to);
      }
    }
  }

  /** The samples of an attachment's buckets ({@code data}, as {@link FileBuckets} wrote it). */
  private void buckets(ByteBuffer data, String feed, String seriesId, long from, long to) {
    FileBuckets.read(data, feed, seriesId, from, to, (first, last, v0, min, max, v1, gap) -> {
      if (count + 4 > MOST) {
        return;
      }
      breakNext |= gap;
      add(first, v0);
      if (last > first) {
        // Where in the bucket its extremes were is not kept: drawn at its middle.
        long middle = first + (last - first) / 2;
        add(middle, min);
        add(middle, max);
        add(last, v1);
      }
    });
  }

  /** The chunk tables of the files read lately, kept up to date as a file grows. */
  private static final class Tables {
    private static final int KEPT = 128;
    private final java.util.Map<Path, ChunkTable> byFile =
        new java.util.LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(java.util.Map.Entry<Path, ChunkTable> eldest) {
            return size() > KEPT;
          }
        };

    ChunkTable of(Path file, FileChannel in) throws IOException {
      // Another file at the same path (replaced, or removed and written again) is read afresh.
      var attributes = Files.readAttributes(file,
          java.nio.file.attribute.BasicFileAttributes.class);
      Object identity = java.util.List.of(String.valueOf(attributes.fileKey()),
          attributes.creationTime());
      ChunkTable table;
      synchronized (this) {
        table = byFile.get(file.toAbsolutePath());
        if (table == null || !identity.equals(table.identity)) {
          table = new ChunkTable(identity);
          byFile.put(file.toAbsolutePath(), table);
        }
      }
      synchronized (table) {
        table.update(in);
      }
      return table;
    }
  }

  private static final Tables TABLES = new Tables();

  /** {@code file}'s chunk table (open on {@code in}), brought up to the file as it is now. */
  static ChunkTable table(Path file, FileChannel in) throws IOException {
    return TABLES.of(file, in);
  }

  private void records(ByteBuffer records, Channels channels, long from, long to)
      throws IOException {
    while (records.remaining() >= 9) {
      int op = records.get() & 0xFF;
      long length = records.getLong();
      if (length > records.remaining()) {
        return;
      }
      ByteBuffer content = records.slice().limit((int) length).order(ByteOrder.LITTLE_ENDIAN);
      records.position(records.position() + (int) length);
      if (op == McapReader.CHANNEL) {
        channels.note(content);
      } else if (op == McapReader.MESSAGE) {
        message(content, channels, from, to);
      }
    }
  }

  private void message(ByteBuffer m, Channels channels, long from, long to) throws IOException {
    int channel = m.getShort(0) & 0xFFFF;
    if (channel == channels.events) {
      // A hole or a new stream: the next sample is drawn after a break.
      String event = new String(m.array(), m.arrayOffset() + 22, m.remaining() - 22,
          java.nio.charset.StandardCharsets.UTF_8);
      breakNext |= event.contains("\"kind\":\"hole\"") || event.contains("\"notRecorded\"")
          || event.contains("\"restarted\":true");
      return;
    }
    if (channel != channels.wanted) {
      return;
    }
    long publish = m.getLong(14) / 1000;
    long t = publish > 0 ? publish : m.getLong(6) / 1000;
    double value = Double.NaN;
    try (JsonParser p = JSON.createParser(m.array(), m.arrayOffset() + 22, m.remaining() - 22)) {
      if (p.nextToken() == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonToken v = p.nextToken();
          if ("t".equals(name) && v == JsonToken.VALUE_NUMBER_INT) {
            t = p.getLongValue();
          } else if ("value".equals(name) && v.isNumeric()) {
            value = p.getDoubleValue();
          } else {
            p.skipChildren();
          }
        }
      }
    }
    if (Double.isNaN(value) || t < from || t > to) {
      return;
    }
    add(t, value);
  }

  private void add(long t, double value) {
    if (count == times.length) {
      int slots = Math.min(MOST, count * 2);
      times = Arrays.copyOf(times, slots);
      values = Arrays.copyOf(values, slots);
      breaks = Arrays.copyOf(breaks, slots);
    }
    ordered &= count == 0 || t >= times[count - 1];
    times[count] = t;
    values[count] = value;
    breaks[count] = breakNext;
    breakNext = false;
    count++;
  }

  private SeriesRing ring() {
    SeriesRing ring = new SeriesRing(Math.max(1, count));
    for (int i = 0; i < count; i++) {
      if (ordered) {
        ring.append(times[i], values[i], Double.NaN, breaks[i]);
      } else {
        ring.insertInOrder(times[i], values[i], Double.NaN, breaks[i]);
      }
    }
    return ring;
  }

  /** A file's channels: the one of the series asked for, and the events'. */
  private static final class Channels {
    private final String seriesId;
    int wanted = -1;
    int events = -1;

    Channels(String seriesId) {
      this.seriesId = seriesId;
    }

    void note(ByteBuffer content) {
      McapReader.Channel c = McapReader.channel(
          content.duplicate().order(ByteOrder.LITTLE_ENDIAN), java.util.Map.of());
      if (c.topic().equals(FeedRecorder.EVENTS_TOPIC)) {
        events = c.id();
      } else if (seriesId.equals(c.seriesId())) {
        wanted = c.id();
      }
    }
  }
}
