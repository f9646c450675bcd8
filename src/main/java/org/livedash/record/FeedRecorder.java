package org.livedash.record;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.io.NumberOutput;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.livedash.alert.AlertJson;
import org.livedash.model.AlarmWatch;
import org.livedash.model.Reason;
import org.livedash.model.SeriesMeta;
import org.livedash.model.StoreTap;

/**
 * Records what a feed's store takes in to an MCAP file, on a thread of its own: a channel per
 * series (JSON messages with a JSON Schema, so Foxglove, Lichtblick and PlotJuggler plot them)
 * and one of the feed's events (the connection's states, streams, restarts, holes, alerts
 * raised, cleared and acknowledged, readings not recorded). The store's
 * writer only hands each write's facts over (bounded; when the disk falls behind, what does not
 * fit is counted and said in the file, never waited for). A chunk is closed at least every
 * {@link #CHUNK_NANOS}, so a killed process loses at most about that much.
 */
public final class FeedRecorder implements StoreTap, AutoCloseable {
  /** How long a chunk stays open at most: what a killed process may lose. */
  static final long CHUNK_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
  private static final int CHUNK_BYTES = 1 << 20;
  private static final int WAITING_WRITES = 4096;
  /** Readings that may wait for the disk, over all waiting writes (about 40 MB). */
  private static final int WAITING_READINGS = 500_000;
  private static final Logger LOG = Logger.getLogger(FeedRecorder.class.getName());
  /** The topic of the feed's events. */
  public static final String EVENTS_TOPIC = "/livedash/events";
  /** The topic of a feed's own messages as received, before mapping. */
  public static final String RAW_TOPIC = "/livedash/raw";
  /** The metadata record that says which feed the readings after it are of. */
  public static final String FEED_METADATA = "livedash.feed";
  /** Characters of a raw message that weigh as much as a reading, for the waiting bound. */
  static final int RAW_CHARS_A_READING = 80;

  /** Chunks a file holds before the next one begins: an hour at the shortest chunks. */
  static final int CHUNKS_PER_FILE = 7_200;
  private final Path first;
  private final String library;
  private final int chunksPerFile;
  private McapWriter mcap;
  private volatile Path file;
  private int files = 1;
  private volatile java.util.function.Consumer<Path> nextFile = next -> { };
  private final LongSupplier nanoClock;
  private final BlockingQueue<WriteBatch> waiting = new ArrayBlockingQueue<>(WAITING_WRITES);
  /** What the connection and the user told, from their threads: written between writes. */
  private final RecorderNotes notes = new RecorderNotes();
  private final Thread thread;
  private int readingSchema;
  private int events;
  private int raw;
  private final SeriesChannels channels = new SeriesChannels();
  /** The feed the readings written are of ({@link RecordedFeedName}), null before one is told. */
  private String feed;
  /** The open file's readings in ten-second buckets, attached to it when it closes. */
  private final FileBuckets buckets = new FileBuckets();
  private final AtomicLong recorded = new AtomicLong();
  private final AtomicLong notRecorded = new AtomicLong();
  private final AtomicLong waitingReadings = new AtomicLong();
  /** Batches written, to be filled again: no garbage per write at a steady rate. */
  private final BlockingQueue<WriteBatch> free = new ArrayBlockingQueue<>(WAITING_WRITES);
  /** The message being encoded, as JSON's bytes (ASCII but for strings of events). */
  private final LittleEndianBuffer json = new LittleEndianBuffer(128);
  /** Filled under the store's lock, one write at a time. */
  private WriteBatch filling = new WriteBatch();
  /** Readings refused since the last write taken (under the store's lock). */
  private long refusedSinceLast;
  private long toldNotRecorded;
  private long chunkOpenedNanos;
  /** When the last reading or event written was received (epoch µs): the time of notes. */
  private long lastReceivedMicros;
  /** The time of the last reading written (epoch µs), 0 before the first: where events sit. */
  private long lastReadingMicros;
  private volatile boolean running = true;
  private volatile int chunks;
  private volatile Reason failure;

  private FeedRecorder(Path file, String library, LongSupplier nanoClock, int chunksPerFile)
      throws IOException {
    this.first = file;
    this.library = library;
    this.nanoClock = nanoClock;
    this.chunksPerFile = chunksPerFile;
    open(file);
    thread = new Thread(this::run, "recorder");
    thread.setDaemon(true);
  }

  /**
   * Starts recording to {@code file} (created or replaced); past {@link #CHUNKS_PER_FILE}
   * chunks it goes on in {@code NAME-2.mcap}, {@code NAME-3.mcap}…, so what a file's summary
   * holds in memory stays bounded however long the run.
   */
  public static FeedRecorder start(Path file, String library, LongSupplier nanoClock)
      throws IOException {
    return start(file, library, nanoClock, CHUNKS_PER_FILE);
  }

  /**
   * Runs {@code begun} on the recorder's thread with each next file of the run as it begins
   * (a retention kept while the run lasts). Set before the first file is full.
   */
  public void onNextFile(java.util.function.Consumer<Path> begun) {
    nextFile = begun;
  }

  static FeedRecorder start(Path file, String library, LongSupplier nanoClock,
      int chunksPerFile) throws IOException {
    FeedRecorder r = new FeedRecorder(file, library, nanoClock, chunksPerFile);
    r.thread.start();
    return r;
  }

  /** Begins {@code next}: its schemas and the events' channel; series' channels as they come. */
  private void open(Path next) throws IOException {
    Path parent = next.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    mcap = new McapWriter(new BufferedOutputStream(Files.newOutputStream(next), 1 << 16), "",
        library);
    file = next;
    channels.clear();
    readingSchema = mcap.schema("livedash.Reading", "jsonschema", RecordingSchemas.READING);
    raw = mcap.channel(mcap.schema("livedash.Raw", "jsonschema", RecordingSchemas.RAW), RAW_TOPIC,
        "json", Map.of());
    events = mcap.channel(mcap.schema("livedash.Event", "jsonschema", RecordingSchemas.EVENT),
        EVENTS_TOPIC, "json", Map.of());
    if (feed != null) {
      // Each file says which feed its readings are of, from its start.
      mcap.metadata(FEED_METADATA, Map.of("view", feed, "new", "false"));
    }
  }

  @Override
  public void reading(SeriesMeta series, long seq, long timeMicros, double value, double volume,
      long receivedMicros) {
    filling.reading(series, seq, timeMicros, value, volume, receivedMicros);
  }

  @Override
  public void alert(AlarmWatch.Alarm alert, long receivedMicros) {
    filling.alert(alert, receivedMicros);
  }

  /** What is told to the recording besides the store's writes: the connection, the user. */
  public RecorderNotes notes() {
    return notes;
  }

  @Override
  public void message(String text, long receivedMicros) {
    filling.raw(text, receivedMicros);
  }

  @Override
  public void hole(long missing, long receivedMicros) {
    filling.event("{\"kind\":\"hole\",\"missing\":" + missing + "}", receivedMicros, true);
  }

  @Override
  public void stream(String stream, long last, boolean restarted, long receivedMicros) {
    filling.event("{\"kind\":\"stream\",\"stream\":\""
        + new String(JsonStringEncoder.getInstance().quoteAsString(stream)) + "\",\"last\":"
        + last + ",\"restarted\":" + restarted + "}", receivedMicros, restarted);
  }

  @Override
  public void feed(String view, boolean anew, long receivedMicros) {
    filling.feed(view, anew, receivedMicros);
  }

  @Override
  public void written() {
    if (filling.size == 0) {
      return;
    }
    // Readings refused since the last write taken are told in the file before this one's.
    filling.refusedBefore = refusedSinceLast;
    if (!running || failure != null
        || waitingReadings.get() + filling.weight() > WAITING_READINGS
        || !waiting.offer(filling)) {
      notRecorded.addAndGet(filling.readings);
      refusedSinceLast += filling.readings;
      filling.clear();
      return;
    }
    refusedSinceLast = 0;
    waitingReadings.addAndGet(filling.weight());
    WriteBatch next = free.poll();
    filling = next != null ? next : new WriteBatch();
  }

  /** Every file of this run so far, the first first. */
  public java.util.List<Path> files() {
    java.util.List<Path> all = new java.util.ArrayList<>(java.util.List.of(first));
    for (int n = 2; n <= files; n++) {
      all.add(RunFiles.sibling(first, n));
    }
    return all;
  }

  /** The file recorded to now. */
  public Path file() {
    return file;
  }

  /** Readings written to the file so far. */
  public long recorded() {
    return recorded.get();
  }

  /** Readings that could not be recorded (the disk fell behind, or failed). */
  public long notRecorded() {
    return notRecorded.get();
  }

  /** Chunks written whole so far: what a killed process leaves readable. */
  public int chunks() {
    return chunks;
  }

  /** Why recording stopped, or null while it goes on. */
  public Reason failure() {
    return failure;
  }

  private void run() {
    try {
      while (running || !waiting.isEmpty()) {
        WriteBatch b = waiting.poll(100, TimeUnit.MILLISECONDS);
        if (b != null) {
          write(b);
          waitingReadings.addAndGet(-b.weight());
          b.clear();
          free.offer(b);
        }
        for (RecorderNotes.Note n = notes.poll(); n != null; n = notes.poll()) {
          event(n.json(), n.atMicros());
        }
        if (mcap.chunkBytes() >= CHUNK_BYTES || mcap.chunkBytes() > 0
            && nanoClock.getAsLong() - chunkOpenedNanos >= CHUNK_NANOS) {
          mcap.flushChunk();
          chunks++;
          if (mcap.chunks() >= chunksPerFile) {
            closeFile();
            Path next;
            do {
              next = RunFiles.sibling(first, ++files);
            } while (Files.exists(next));
            open(next);
            nextFile.accept(next);
          }
        }
      }
      // Readings refused after the last write taken: told at the end.
      long untold = notRecorded.get() - toldNotRecorded;
      if (untold > 0) {
        notRecordedEvent(untold, lastReceivedMicros);
      }
      closeFile();
    } catch (IOException | RuntimeException e) {
      failure = Reason.of("record.failed", Reason.why(e));
      LOG.log(Level.WARNING, failure.english(), e);
      try {
        mcap.close();
      } catch (IOException ignored) {
        // The file is already in trouble; what was written before stays readable.
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void write(WriteBatch b) throws IOException {
    if (b.refusedBefore > 0) {
      notRecordedEvent(b.refusedBefore, b.received[0]);
    }
    for (int i = 0; i < b.size; i++) {
      if (b.meta[i] == null) {
        if (b.seq[i] == WriteBatch.FEED) {
          feed((String) b.event[i], b.time[i] != 0);
        } else if (b.seq[i] == WriteBatch.RAW) {
          json.reset();
          byte[] text = ((String) b.event[i]).getBytes(StandardCharsets.UTF_8);
          json.bytes(text, 0, text.length);
          message(raw, 0, b.received[i], b.received[i]);
        } else {
          if (b.time[i] != 0) {
            buckets.gap();
          }
          event(b.event[i] instanceof AlarmWatch.Alarm a
              ? "{\"kind\":\"alert\",\"alert\":" + AlertJson.line(a) + "}"
              : (String) b.event[i], b.received[i]);
        }
        continue;
      }
      json.reset();
      ascii("{\"t\":").decimal(b.time[i]);
      ascii(",\"value\":");
      double v = b.value[i];
      ascii(Double.isFinite(v) ? NumberOutput.toString(v, true) : "null");
      ascii(",\"seq\":").decimal(b.seq[i]);
      if (Double.isFinite(b.volume[i])) {
        ascii(",\"volume\":").ascii(NumberOutput.toString(b.volume[i], true));
      }
      ascii("}");
      SeriesChannels.Channel c = channels.of(b.meta[i], mcap, readingSchema);
      message(c.id, b.seq[i], b.received[i], b.time[i]);
      if (c.buckets == null) {
        c.buckets = buckets.series(feed == null ? "" : feed, b.meta[i].id());
      }
      buckets.add(c.buckets, b.time[i], v);
      lastReadingMicros = b.time[i];
      recorded.incrementAndGet();
    }
  }

  private void notRecordedEvent(long readings, long receivedMicros) throws IOException {
    buckets.gap();
    event("{\"kind\":\"notRecorded\",\"readings\":" + readings + "}", receivedMicros);
    toldNotRecorded += readings;
  }

  /**
   * The store began feed {@code view}: a metadata record {@value #FEED_METADATA} between chunks
   * says so, when it is another feed or begun anew (not on a reconnection to the same one).
   */
  private void feed(String view, boolean anew) throws IOException {
    String name = RecordedFeedName.of(view);
    if (!anew && name.equals(feed)) {
      return;
    }
    feed = name;
    channels.feedChanged();
    buckets.gap();
    int before = mcap.chunks();
    mcap.metadata(FEED_METADATA, Map.of("view", name, "new", String.valueOf(anew)));
    chunks += mcap.chunks() - before;
  }

  /** Closes the file, its readings' buckets attached to it first. */
  private void closeFile() throws IOException {
    if (buckets.worthKeeping()) {
      mcap.attachment(FileBuckets.NAME, FileBuckets.MEDIA_TYPE, lastReceivedMicros * 1000,
          buckets.encode());
    }
    buckets.clear();
    mcap.close();
  }

  private void event(String text, long receivedMicros) throws IOException {
    json.reset();
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    json.bytes(b, 0, b.length);
    // Published where it happened among the readings: after the last one written before it.
    message(events, 0, receivedMicros, lastReadingMicros > 0 ? lastReadingMicros
        : receivedMicros);
  }

  private LittleEndianBuffer ascii(String s) {
    return json.ascii(s);
  }

  private void message(int channel, long seq, long receivedMicros, long timeMicros) {
    if (mcap.chunkBytes() == 0) {
      chunkOpenedNanos = nanoClock.getAsLong();
    }
    lastReceivedMicros = receivedMicros;
    mcap.message(channel, Math.max(seq, 0), receivedMicros * 1000, timeMicros * 1000,
        json.array(), json.size());
  }

  /** Stops taking readings, writes what waits, closes the file with its summary. */
  @Override
  public void close() {
    running = false;
    try {
      thread.join(TimeUnit.SECONDS.toMillis(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
