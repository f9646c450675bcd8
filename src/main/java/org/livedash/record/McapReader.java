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
  private static final int SCHEMA = 0x03;
  private static final int CHANNEL = 0x04;
  private static final int MESSAGE = 0x05;
  private static final int CHUNK = 0x06;
  private static final int FOOTER = 0x02;
  private static final int DATA_END = 0x0F;
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
        int id = b.getShort() & 0xFFFF;
        int schema = b.getShort() & 0xFFFF;
        String topic = string(b);
        String encoding = string(b);
        int mapEnd = b.getInt() + b.position();
        Map<String, String> metadata = new LinkedHashMap<>();
        while (b.position() < mapEnd) {
          metadata.put(string(b), string(b));
        }
        channels.put(id, new Channel(id, topic, encoding, metadata,
            schemas.getOrDefault(schema, "")));
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

  private static ByteBuffer unchunk(ByteBuffer b) throws IOException {
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

  private static String string(ByteBuffer b) {
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
