package org.livedash.record;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where a recording's chunks are and when their messages were received: read from the file's
 * summary (its chunk indexes) when it has one, else by walking its records by their lengths —
 * for a file still being written, on from where the last walk stopped. With the channel records
 * met outside chunks, where the feed recorded changes, and where the readings' buckets are
 * attached. What lets a span be read without opening the chunks around it.
 */
final class ChunkTable {
  private static final int CHUNK_INDEX = 0x08;
  private static final int ATTACHMENT = 0x09;
  private static final int ATTACHMENT_INDEX = 0x0A;
  private static final int METADATA = 0x0C;
  private static final int METADATA_INDEX = 0x0D;
  private static final int FOOTER_LENGTH = 1 + 8 + 8 + 8 + 4;

  private long[] starts = new long[256];
  private long[] ends = new long[256];
  private long[] offsets = new long[256];
  private long[] lengths = new long[256];
  private int count;
  /** Channel and schema records' contents, as found outside chunks. */
  final List<ByteBuffer> channels = new ArrayList<>();
  final List<ByteBuffer> schemas = new ArrayList<>();
  /** Where a feed begins ({@link FeedRecorder#FEED_METADATA}): its offset, the feed, anew. */
  private record FeedMark(long offset, String view, boolean anew) {}

  /** The file's feed marks in file order: a few a file. */
  private final List<FeedMark> feeds = new ArrayList<>();
  /** An attachment of {@link FileBuckets}' up to its data: times, name, media type, size. */
  private static final int BUCKETS_HEAD = 16 + 4 + FileBuckets.NAME.length() + 4
      + FileBuckets.MEDIA_TYPE.length() + 8;
  /** Where the buckets' attachment's data is ({@link FileBuckets}), -1 for none; its length. */
  private long bucketsOffset = -1;
  private long bucketsLength;
  /** Where the walk goes on from; -1 once the summary gave the whole table. */
  private long walkedTo = McapWriter.MAGIC.length;
  /** Which file it is the table of (its file key and creation time). */
  final Object identity;

  ChunkTable(Object identity) {
    this.identity = identity;
  }

  int count() {
    return count;
  }

  /** When chunk {@code i}'s first and last messages were received, epoch µs. */
  long startMicros(int i) {
    return starts[i] / 1000;
  }

  long endMicros(int i) {
    return ends[i] / 1000;
  }

  /** Where chunk {@code i}'s record content begins, and its length. */
  long offset(int i) {
    return offsets[i];
  }

  long length(int i) {
    return lengths[i];
  }

  /** Brings the table up to the file as it is now. */
  void update(FileChannel in) throws IOException {
    if (walkedTo < 0) {
      return;
    }
    long size = in.size();
    if (walkedTo == McapWriter.MAGIC.length && fromSummary(in, size)) {
      walkedTo = -1;
      return;
    }
    long at = walkedTo;
    while (at + 9 <= size) {
      ByteBuffer head = McapReader.read(in, at, 9);
      int op = head.get(0) & 0xFF;
      long length = head.getLong(1);
      if (length < 0 || at + 9 + length > size || op == McapReader.FOOTER
          || op == McapReader.DATA_END) {
        break;
      }
      if (op == McapReader.CHANNEL) {
        channels.add(McapReader.read(in, at + 9, length));
      } else if (op == McapReader.SCHEMA) {
        schemas.add(McapReader.read(in, at + 9, length));
      } else if (op == McapReader.CHUNK && length >= 16) {
        ByteBuffer times = McapReader.read(in, at + 9, 16);
        add(times.getLong(0), times.getLong(8), at + 9, length);
      } else if (op == METADATA) {
        feedRecord(at, McapReader.read(in, at + 9, length));
      } else if (op == ATTACHMENT) {
        ByteBuffer start = McapReader.read(in, at + 9, Math.min(length, BUCKETS_HEAD));
        start.position(16);
        if (start.limit() == BUCKETS_HEAD && isBuckets(start)) {
          bucketsOffset = at + 9 + BUCKETS_HEAD;
          bucketsLength = start.getLong();
        }
      }
      at += 9 + length;
    }
    walkedTo = at;
  }

  /** The table from the summary of a file written to its end; false when it has none. */
  private boolean fromSummary(FileChannel in, long size) throws IOException {
    long footer = size - McapWriter.MAGIC.length - 9 - (FOOTER_LENGTH - 9);
    if (footer <= McapWriter.MAGIC.length) {
      return false;
    }
    ByteBuffer tail = McapReader.read(in, footer, size - footer);
    byte[] magic = new byte[McapWriter.MAGIC.length];
    tail.get(tail.limit() - magic.length, magic);
    if (tail.get(0) != McapReader.FOOTER || !Arrays.equals(magic, McapWriter.MAGIC)) {
      return false;
    }
    long summaryStart = tail.getLong(9);
    if (summaryStart <= 0 || summaryStart >= footer) {
      return false;
    }
    ByteBuffer summary = McapReader.read(in, summaryStart, footer - summaryStart);
    while (summary.remaining() >= 9) {
      int op = summary.get() & 0xFF;
      long length = summary.getLong();
      if (length > summary.remaining()) {
        return false;
      }
      ByteBuffer content = summary.slice().limit((int) length).order(ByteOrder.LITTLE_ENDIAN);
      summary.position(summary.position() + (int) length);
      if (op == McapReader.CHANNEL) {
        channels.add(content);
      } else if (op == McapReader.SCHEMA) {
        schemas.add(content);
      } else if (op == CHUNK_INDEX) {
        long start = content.getLong(0);
        long end = content.getLong(8);
        long offset = content.getLong(16);
        long chunkLength = content.getLong(24);
        add(start, end, offset + 9, chunkLength - 9);
      } else if (op == METADATA_INDEX) {
        long offset = content.getLong(0);
        long recordLength = content.getLong(8);
        content.position(16);
        if (FeedRecorder.FEED_METADATA.equals(McapReader.string(content))) {
          feedRecord(offset, McapReader.read(in, offset + 9, recordLength - 9));
        }
      } else if (op == ATTACHMENT_INDEX) {
        long offset = content.getLong(0);
        long dataSize = content.getLong(32);
        content.position(40);
        if (isBuckets(content)) {
          bucketsOffset = offset + 9 + BUCKETS_HEAD;
          bucketsLength = dataSize;
        }
      }
    }
    return true;
  }

  /**
   * Whether {@code b}, standing at an attachment's name, names {@link FileBuckets}' (another
   * tool's attachment may have a name of any length: only ours is read); moves past its name and
   * media type when so.
   */
  private static boolean isBuckets(ByteBuffer b) {
    return b.remaining() >= BUCKETS_HEAD - 16 - 8
        && b.getInt(b.position()) == FileBuckets.NAME.length()
        && FileBuckets.NAME.equals(McapReader.string(b))
        && b.getInt(b.position()) == FileBuckets.MEDIA_TYPE.length()
        && FileBuckets.MEDIA_TYPE.equals(McapReader.string(b));
  }

  /** A metadata record's content at {@code offset}: noted when it tells of a feed begun. */
  private void feedRecord(long offset, ByteBuffer content) {
    if (!FeedRecorder.FEED_METADATA.equals(McapReader.string(content))) {
      return;
    }
    int end = content.getInt() + content.position();
    String view = null;
    boolean isNew = false;
    while (content.position() < end) {
      String key = McapReader.string(content);
      String value = McapReader.string(content);
      if (key.equals("view")) {
        view = value;
      } else if (key.equals("new")) {
        isNew = Boolean.parseBoolean(value);
      }
    }
    if (view != null) {
      feeds.add(new FeedMark(offset, view, isNew));
    }
  }

  /** The feed whose readings are at {@code offset} (a chunk's); null when the file says none. */
  String feedAt(long offset) {
    String feed = null;
    for (int i = 0; i < feeds.size() && feeds.get(i).offset() < offset; i++) {
      feed = feeds.get(i).view();
    }
    return feed;
  }

  /** Whether a feed begins anew between {@code after} and {@code before} (offsets). */
  boolean beginsAnewBetween(long after, long before) {
    return feeds.stream().anyMatch(m -> m.anew() && m.offset() > after && m.offset() < before);
  }

  /** Where the buckets' attachment's data begins, -1 when the file has none; its length. */
  long bucketsOffset() {
    return bucketsOffset;
  }

  long bucketsLength() {
    return bucketsLength;
  }

  private void add(long startNanos, long endNanos, long offset, long length) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
      offsets = Arrays.copyOf(offsets, count * 2);
      lengths = Arrays.copyOf(lengths, count * 2);
    }
    starts[count] = startNanos;
    ends[count] = endNanos;
    offsets[count] = offset;
    lengths[count] = length;
    count++;
  }
}
