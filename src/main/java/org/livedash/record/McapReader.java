package org.livedash.record;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jpountz.lz4.LZ4FrameInputStream;
import org.livedash.model.InvalidInputException;
import org.livedash.model.Reason;

/**
 * Reads an MCAP file's messages in the order they were written, with their channels: records
 * one after the other, chunks uncompressed ({@code lz4} or none) as they come. A file cut short
 * ends at its last whole record, as the reference reader's stream reader does; the summary is not
 * needed. Not thread-safe.
 */
public final class McapReader implements Closeable {
  static final int SCHEMA = 0x03;
  static final int CHANNEL = 0x04;
  static final int MESSAGE = 0x05;
  static final int CHUNK = 0x06;
  static final int FOOTER = 0x02;
  static final int DATA_END = 0x0F;
  /** The largest record read: a chunk of a well-made file is far smaller. */
  private static final long MAX_RECORD = 1L << 30;

  /** A channel: its topic, encodings, metadata, and its schema's name (empty for none). */
  public record Channel(int id, String topic, String messageEncoding, Map<String, String> metadata,
      String schemaName) {
    /** The topic without its leading slash: {@code imu} for {@code /imu}. */
    public String name() {
      return topic.startsWith("/") ? topic.substring(1) : topic;
    }

    /** The series a LiveDash recording's channel carries: its {@code id}, else its name. */
    public String seriesId() {
      return metadata.getOrDefault("id", name());
    }
  }

  /** A message, on its channel. Times in ns since the epoch. */
  public record Message(Channel channel, long sequence, long logTimeNanos, long publishTimeNanos,
      byte[] data) {
    /**
     * When it happened, epoch µs: its publish time (a reading's own time, in LiveDash's
     * recordings), or its log time where another tool left the publish time out.
     */
    public long timeMicros() {
      return (publishTimeNanos > 0 ? publishTimeNanos : logTimeNanos) / 1000;
    }
  }

  private final DataInputStream in;
  private final Map<Integer, String> schemas = new HashMap<>();
  private final Map<Integer, Channel> channels = new LinkedHashMap<>();
  private final Deque<ByteBuffer> chunks = new ArrayDeque<>();
  private boolean ended;

  /**
   * Opens {@code in} at its start.
   *
   * @throws InvalidInputException when it does not begin as an MCAP file does
   */
  public McapReader(InputStream in) throws IOException {
    this.in = new DataInputStream(in);
    byte[] magic = new byte[McapWriter.MAGIC.length];
    try {
      this.in.readFully(magic);
    } catch (EOFException e) {
      throw new InvalidInputException(Reason.of("replay.notMcap"));
    }
    if (!Arrays.equals(magic, McapWriter.MAGIC)) {
      throw new InvalidInputException(Reason.of("replay.notMcap"));
    }
  }

  /** Reads on from where {@code in} stands (past the magic), records it knows already aside. */
  private McapReader(DataInputStream in) {
    this.in = in;
  }

  /**
   * Opens {@code file} at its first chunk that can hold a message at or after {@code
   * fromMicros} (by when its messages were received, {@link RecordedSamples#MARGIN_MICROS} either
   * side), its schemas and channels known from the records before: what comes earlier is not
   * read. A file whose channels are all inside its chunks (another tool's) is read from its start.
   *
   * @throws InvalidInputException when it does not begin as an MCAP file does
   */
  public static McapReader from(java.nio.file.Path file, long fromMicros) throws IOException {
    java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file);
    try {
      if (channel.size() < McapWriter.MAGIC.length || !Arrays.equals(
          read(channel, 0, McapWriter.MAGIC.length).array(), McapWriter.MAGIC)) {
        throw new InvalidInputException(Reason.of("replay.notMcap"));
      }
      ChunkTable table = RecordedSamples.table(file, channel);
      long at = McapWriter.MAGIC.length;
      java.util.List<ByteBuffer> schemas = new java.util.ArrayList<>();
      java.util.List<ByteBuffer> channels = new java.util.ArrayList<>();
      synchronized (table) {
        int i = 0;
        while (i < table.count()
            && table.endMicros(i) + RecordedSamples.MARGIN_MICROS < fromMicros) {
          i++;
        }
        if (i > 0 && !table.channels.isEmpty()) {
          at = i < table.count() ? table.offset(i) - 9 : channel.size();
          schemas.addAll(table.schemas);
          channels.addAll(table.channels);
        }
      }
      channel.position(at);
      McapReader r = new McapReader(new DataInputStream(new java.io.BufferedInputStream(
          java.nio.channels.Channels.newInputStream(channel), 1 << 16)));
      // Schemas before the channels that name them.
      schemas.forEach(b -> r.record(SCHEMA, b.duplicate().order(ByteOrder.LITTLE_ENDIAN)));
      channels.forEach(b -> r.record(CHANNEL, b.duplicate().order(ByteOrder.LITTLE_ENDIAN)));
      return r;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** The next message, or null at the end of the data (or where the file was cut short). */
  public Message next() throws IOException {
    while (true) {
      ByteBuffer chunk = chunks.peek();
      if (chunk != null) {
        if (chunk.remaining() < 9) {
          chunks.pop();
          continue;
        }
        int op = chunk.get() & 0xFF;
        long length = chunk.getLong();
        if (length > chunk.remaining()) {
          chunks.pop();
          continue;
        }
        ByteBuffer content = chunk.slice().limit((int) length).order(ByteOrder.LITTLE_ENDIAN);
        chunk.position(chunk.position() + (int) length);
        Message m = record(op, content);
        if (m != null) {
          return m;
        }
        continue;
      }
      if (ended) {
        return null;
      }
      int op = in.read();
      byte[] content = op < 0 ? null : content();
      if (content == null || op == FOOTER || op == DATA_END) {
        ended = true;
        return null;
      }
      ByteBuffer b = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
      if (op == CHUNK) {
        chunks.push(unchunk(b));
        continue;
      }
      Message m = record(op, b);
      if (m != null) {
        return m;
      }
    }
  }

  /** A record's content, or null when the file ends before it does. */
  private byte[] content() throws IOException {
    byte[] len = new byte[8];
    try {
      in.readFully(len);
      long length = ByteBuffer.wrap(len).order(ByteOrder.LITTLE_ENDIAN).getLong();
      if (length < 0 || length > MAX_RECORD) {
        return null;
      }
      byte[] content = new byte[(int) length];
      in.readFully(content);
      return content;
    } catch (EOFException e) {
      return null;
    }
  }

  private Message record(int op, ByteBuffer b) {
    switch (op) {
      case SCHEMA -> {
        int id = b.getShort() & 0xFFFF;
        schemas.put(id, string(b));
      }
      case CHANNEL -> {
        Channel c = channel(b, schemas);
        channels.put(c.id(), c);
      }
      case MESSAGE -> {
        Channel c = channels.get(b.getShort() & 0xFFFF);
        long sequence = b.getInt() & 0xFFFFFFFFL;
        long log = b.getLong();
        long publish = b.getLong();
        byte[] data = new byte[b.remaining()];
        b.get(data);
        return c == null ? null : new Message(c, sequence, log, publish, data);
      }
      default -> { }
    }
    return null;
  }

  static ByteBuffer unchunk(ByteBuffer b) throws IOException {
    b.position(b.position() + 8 + 8);
    long uncompressedSize = b.getLong();
    b.getInt();
    String compression = string(b);
    long size = b.getLong();
    byte[] records = new byte[(int) Math.min(size, b.remaining())];
    b.get(records);
    if (compression.isEmpty()) {
      return ByteBuffer.wrap(records).order(ByteOrder.LITTLE_ENDIAN);
    }
    if (!compression.equals("lz4") || uncompressedSize > MAX_RECORD) {
      throw new InvalidInputException(Reason.of("replay.compression", compression));
    }
    try (LZ4FrameInputStream lz4 = new LZ4FrameInputStream(new ByteArrayInputStream(records))) {
      return ByteBuffer.wrap(lz4.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
    }
  }

  /** When a file's messages begin and end, epoch µs, as {@link Message#timeMicros} reads them. */
  public record Span(long firstMicros, long lastMicros) {}

  /**
   * When {@code file}'s messages begin and end (a feed's own messages as received left out: they
   * are not played): only its first and last chunks opened (found by its chunk table), so a file
   * of any size answers at once; messages outside chunks are not looked at. A file cut short
   * ends at its last whole chunk; a file with no message spans nothing (both times 0).
   */
  public static Span span(java.nio.file.Path file) throws IOException {
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    try (java.nio.channels.FileChannel in = java.nio.channels.FileChannel.open(file)) {
      ChunkTable table = RecordedSamples.table(file, in);
      RawChannels raw = new RawChannels();
      long[] ends;
      synchronized (table) {
        table.channels.forEach(c -> raw.noteChannel(c.duplicate().order(ByteOrder.LITTLE_ENDIAN)));
        int n = table.count();
        ends = n == 0 ? new long[0] : new long[] {table.offset(0), table.length(0),
            table.offset(n - 1), table.length(n - 1)};
      }
      for (int k = 0; k < ends.length; k += 2) {
        ByteBuffer records = unchunk(read(in, ends[k], ends[k + 1]));
        while (records.remaining() >= 9) {
          int op = records.get() & 0xFF;
          long length = records.getLong();
          if (length > records.remaining()) {
            break;
          }
          if (op == CHANNEL) {
            raw.noteChannel(records.slice().limit((int) length).order(ByteOrder.LITTLE_ENDIAN));
          } else if (op == MESSAGE && !raw.has(records.getShort(records.position()) & 0xFFFF)) {
            long t = messageTime(records, records.position());
            first = Math.min(first, t);
            last = Math.max(last, t);
          }
          records.position(records.position() + (int) length);
        }
      }
    }
    return first > last ? new Span(0, 0) : new Span(first, last);
  }


  /** The channels of a feed's own messages as received, by id. */
  private static final class RawChannels {
    private final java.util.Set<Integer> ids = new java.util.HashSet<>();

    void noteChannel(ByteBuffer content) {
      Channel c = channel(content, Map.of());
      if (c.topic().equals(FeedRecorder.RAW_TOPIC)) {
        ids.add(c.id());
      }
    }

    boolean has(int channel) {
      return ids.contains(channel);
    }
  }

  /** A message record's time (publish, else log), its content starting at {@code at}. */
  private static long messageTime(ByteBuffer b, int at) {
    long log = b.getLong(at + 6);
    long publish = b.getLong(at + 14);
    return (publish > 0 ? publish : log) / 1000;
  }

  static ByteBuffer read(java.nio.channels.FileChannel in, long at, long length)
      throws IOException {
    if (length > MAX_RECORD) {
      throw new InvalidInputException(Reason.of("replay.notMcap"));
    }
    ByteBuffer b = ByteBuffer.allocate((int) length).order(ByteOrder.LITTLE_ENDIAN);
    while (b.hasRemaining() && in.read(b, at + b.position()) > 0) {
      // Read on until full: a file channel may return less than asked.
    }
    return b.flip();
  }

  /**
   * A channel record's content, read from where {@code b} stands (which it moves past it); its
   * schema named from {@code schemas} by id, "" when not among them.
   */
  static Channel channel(ByteBuffer b, Map<Integer, String> schemas) {
    int id = b.getShort() & 0xFFFF;
    int schema = b.getShort() & 0xFFFF;
    String topic = string(b);
    String encoding = string(b);
    int mapEnd = b.getInt() + b.position();
    Map<String, String> metadata = new LinkedHashMap<>();
    while (b.position() < mapEnd) {
      metadata.put(string(b), string(b));
    }
    return new Channel(id, topic, encoding, metadata, schemas.getOrDefault(schema, ""));
  }

  static String string(ByteBuffer b) {
    int n = b.getInt();
    String s = new String(b.array(), b.arrayOffset() + b.position(), n, StandardCharsets.UTF_8);
    b.position(b.position() + n);
    return s;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
