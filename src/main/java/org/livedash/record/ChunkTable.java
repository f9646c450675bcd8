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
 * met outside chunks. What lets a span be read without opening the chunks around it.
 */
final class ChunkTable {
  private static final int CHUNK_INDEX = 0x08;
  private static final int FOOTER_LENGTH = 1 + 8 + 8 + 8 + 4;

  private long[] starts = new long[256];
  private long[] ends = new long[256];
  private long[] offsets = new long[256];
  private long[] lengths = new long[256];
  private int count;
  /** Channel and schema records' contents, as found outside chunks. */
  final List<ByteBuffer> channels = new ArrayList<>();
  final List<ByteBuffer> schemas = new ArrayList<>();
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
      }
    }
    return true;
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
