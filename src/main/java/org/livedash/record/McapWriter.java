package org.livedash.record;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import net.jpountz.lz4.LZ4FrameOutputStream;

/**
 * Writes an MCAP file as its specification lays it out (https://mcap.dev/spec): magic, header,
 * schemas and channels as they first appear, messages in lz4-compressed chunks each followed by
 * its message indexes, metadata and attachments between chunks, and on {@link #close} the data
 * end, a summary (schemas, channels, statistics, chunk, attachment and metadata indexes), its
 * offsets and the footer, each with its CRC-32. Every closed chunk is whole on disk, so a file
 * cut short (a killed process) reads up to its last chunk. Not thread-safe: one writer thread.
 */
public final class McapWriter implements Closeable {
  static final byte[] MAGIC = {(byte) 0x89, 'M', 'C', 'A', 'P', '0', '\r', '\n'};
  private static final int HEADER = 0x01;
  private static final int FOOTER = 0x02;
  private static final int SCHEMA = 0x03;
  private static final int CHANNEL = 0x04;
  private static final int MESSAGE = 0x05;
  private static final int CHUNK = 0x06;
  private static final int MESSAGE_INDEX = 0x07;
  private static final int CHUNK_INDEX = 0x08;
  private static final int ATTACHMENT = 0x09;
  private static final int ATTACHMENT_INDEX = 0x0A;
  private static final int STATISTICS = 0x0B;
  private static final int METADATA = 0x0C;
  private static final int METADATA_INDEX = 0x0D;
  private static final int SUMMARY_OFFSET = 0x0E;
  private static final int DATA_END = 0x0F;

  private final OutputStream out;
  private final CRC32 crc = new CRC32();
  private long position;
  private final LittleEndianBuffer record = new LittleEndianBuffer(256);
  private final LittleEndianBuffer chunk = new LittleEndianBuffer(1 << 16);
  private final List<byte[]> schemas = new ArrayList<>();
  private final List<byte[]> channels = new ArrayList<>();
  private final List<byte[]> chunkIndexes = new ArrayList<>();
  private final List<byte[]> attachmentIndexes = new ArrayList<>();
  private final List<byte[]> metadataIndexes = new ArrayList<>();
  /** The open chunk's message offsets by channel: (log time, offset) pairs. */
  private LittleEndianBuffer[] chunkMessages = new LittleEndianBuffer[16];
  /** The channels with a message in the open chunk, in the order they first had one. */
  private int[] chunkChannels = new int[16];
  private int chunkChannelCount;
  /** Messages written, by channel id; no boxing a message. */
  private long[] messagesByChannel = new long[16];
  private long chunkStart = Long.MAX_VALUE;
  private long chunkEnd = Long.MIN_VALUE;
  private long fileStart = Long.MAX_VALUE;
  private long fileEnd = Long.MIN_VALUE;
  private long messageCount;
  private int chunkCount;
  private boolean closed;

  /** Starts the file on {@code out}: magic and a header naming {@code library}. */
  public McapWriter(OutputStream out, String profile, String library) throws IOException {
    this.out = out;
    write(MAGIC, 0, MAGIC.length);
    record.reset();
    record.string(profile).string(library);
    writeRecord(HEADER, record);
  }

  /** Adds a schema (ids from 1) and writes it; returns its id. */
  public int schema(String name, String encoding, byte[] data) throws IOException {
    int id = schemas.size() + 1;
    record.reset();
    record.u16(id).string(name).string(encoding).u32(data.length).bytes(data, 0, data.length);
    schemas.add(asRecord(SCHEMA, record));
    writeRecord(SCHEMA, record);
    return id;
  }

  /** Adds a channel (ids from 0) and writes it; returns its id. */
  public int channel(int schemaId, String topic, String messageEncoding,
      Map<String, String> metadata) throws IOException {
    int id = channels.size();
    LittleEndianBuffer map = new LittleEndianBuffer(64);
    metadata.forEach((k, v) -> map.string(k).string(v));
    record.reset();
    record.u16(id).u16(schemaId).string(topic).string(messageEncoding)
        .u32(map.size()).bytes(map.array(), 0, map.size());
    channels.add(asRecord(CHANNEL, record));
    writeRecord(CHANNEL, record);
    if (id == messagesByChannel.length) {
      messagesByChannel = java.util.Arrays.copyOf(messagesByChannel, id * 2);
      chunkMessages = java.util.Arrays.copyOf(chunkMessages, id * 2);
      chunkChannels = java.util.Arrays.copyOf(chunkChannels, id * 2);
    }
    return id;
  }

  /** Adds a message to the open chunk (opening one if none is). Times in ns since the epoch. */
  public void message(int channel, long sequence, long logTimeNanos, long publishTimeNanos,
      byte[] data, int length) {
    LittleEndianBuffer pairs = chunkMessages[channel];
    if (pairs == null) {
      pairs = new LittleEndianBuffer(256);
      chunkMessages[channel] = pairs;
    }
    if (pairs.size() == 0) {
      chunkChannels[chunkChannelCount++] = channel;
    }
    pairs        .u64(logTimeNanos).u64(chunk.size());
    chunk.u8(MESSAGE).u64(2 + 4 + 8 + 8 + length)
        .u16(channel).u32(sequence).u64(logTimeNanos).u64(publishTimeNanos)
        .bytes(data, 0, length);
    chunkStart = Math.min(chunkStart, logTimeNanos);
    chunkEnd = Math.max(chunkEnd, logTimeNanos);
    messagesByChannel[channel]++;
    messageCount++;
  }

  /**
   * Writes a metadata record {@code name} holding {@code values}, after closing the open chunk
   * (a metadata record stands between chunks): what follows it in the file comes after it.
   */
  public void metadata(String name, Map<String, String> values) throws IOException {
    flushChunk();
    LittleEndianBuffer map = new LittleEndianBuffer(64);
    values.forEach((k, v) -> map.string(k).string(v));
    record.reset();
    record.string(name).u32(map.size()).bytes(map.array(), 0, map.size());
    long offset = position;
    writeRecord(METADATA, record);
    LittleEndianBuffer index = new LittleEndianBuffer(64);
    index.u64(offset).u64(position - offset).string(name);
    metadataIndexes.add(asRecord(METADATA_INDEX, index));
    out.flush();
  }

  /**
   * Writes an attachment {@code name} of {@code mediaType} holding {@code data}, logged at
   * {@code logTimeNanos}, after closing the open chunk; with its CRC-32.
   */
  public void attachment(String name, String mediaType, long logTimeNanos, byte[] data)
      throws IOException {
    flushChunk();
    record.reset();
    record.u64(logTimeNanos).u64(logTimeNanos).string(name).string(mediaType)
        .u64(data.length).bytes(data, 0, data.length);
    CRC32 sum = new CRC32();
    sum.update(record.array(), 0, record.size());
    record.u32(sum.getValue());
    long offset = position;
    writeRecord(ATTACHMENT, record);
    LittleEndianBuffer index = new LittleEndianBuffer(64);
    index.u64(offset).u64(position - offset).u64(logTimeNanos).u64(logTimeNanos)
        .u64(data.length).string(name).string(mediaType);
    attachmentIndexes.add(asRecord(ATTACHMENT_INDEX, index));
    out.flush();
  }

  /** Chunks written whole so far. */
  public int chunks() {
    return chunkCount;
  }

  /** Bytes the open chunk holds, uncompressed (0 when none is open). */
  public int chunkBytes() {
    return chunk.size();
  }

  /**
   * Closes the open chunk: writes it, compressed, with its message indexes, and hands them to
   * the operating system — from then on they survive the process being killed.
   */
  public void flushChunk() throws IOException {
    if (chunk.size() == 0) {
      return;
    }
    CRC32 uncompressedCrc = new CRC32();
    uncompressedCrc.update(chunk.array(), 0, chunk.size());
    ByteArrayOutputStream packed = new ByteArrayOutputStream(chunk.size() / 3 + 64);
    try (LZ4FrameOutputStream lz4 = new LZ4FrameOutputStream(packed,
        LZ4FrameOutputStream.BLOCKSIZE.SIZE_64KB)) {
      lz4.write(chunk.array(), 0, chunk.size());
    }
    byte[] compressed = packed.toByteArray();
    boolean lz4 = compressed.length < chunk.size();
    byte[] records = lz4 ? compressed : java.util.Arrays.copyOf(chunk.array(), chunk.size());
    String compression = lz4 ? "lz4" : "";
    long chunkOffset = position;
    record.reset();
    record.u64(chunkStart).u64(chunkEnd).u64(chunk.size()).u32(uncompressedCrc.getValue())
        .string(compression).u64(records.length).bytes(records, 0, records.length);
    writeRecord(CHUNK, record);
    long chunkLength = position - chunkOffset;
    LittleEndianBuffer indexOffsets = new LittleEndianBuffer(64);
    long indexStart = position;
    for (int i = 0; i < chunkChannelCount; i++) {
      int channel = chunkChannels[i];
      indexOffsets.u16(channel).u64(position);
      LittleEndianBuffer pairs = chunkMessages[channel];
      record.reset();
      record.u16(channel).u32(pairs.size()).bytes(pairs.array(), 0, pairs.size());
      writeRecord(MESSAGE_INDEX, record);
    }
    record.reset();
    record.u64(chunkStart).u64(chunkEnd).u64(chunkOffset).u64(chunkLength)
        .u32(indexOffsets.size()).bytes(indexOffsets.array(), 0, indexOffsets.size())
        .u64(position - indexStart).string(compression).u64(records.length).u64(chunk.size());
    chunkIndexes.add(asRecord(CHUNK_INDEX, record));
    fileStart = Math.min(fileStart, chunkStart);
    fileEnd = Math.max(fileEnd, chunkEnd);
    chunkCount++;
    chunk.reset();
    for (int i = 0; i < chunkChannelCount; i++) {
      chunkMessages[chunkChannels[i]].reset();
    }
    chunkChannelCount = 0;
    chunkStart = Long.MAX_VALUE;
    chunkEnd = Long.MIN_VALUE;
    out.flush();
  }

  /** Closes the last chunk, writes the summary and the footer, and closes the stream. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      flushChunk();
      record.reset();
      record.u32(crc.getValue());
      writeRecord(DATA_END, record);
      crc.reset();
      long summaryStart = position;
      List<long[]> groups = new ArrayList<>();
      group(groups, SCHEMA, schemas);
      group(groups, CHANNEL, channels);
      LittleEndianBuffer counts = new LittleEndianBuffer(64);
      for (int c = 0; c < channels.size(); c++) {
        counts.u16(c).u64(messagesByChannel[c]);
      }
      record.reset();
      record.u64(messageCount).u16(schemas.size()).u32(channels.size())
          .u32(attachmentIndexes.size()).u32(metadataIndexes.size())
          .u32(chunkCount).u64(messageCount == 0 ? 0 : fileStart)
          .u64(messageCount == 0 ? 0 : fileEnd)
          .u32(counts.size()).bytes(counts.array(), 0, counts.size());
      group(groups, STATISTICS, List.of(asRecord(STATISTICS, record)));
      group(groups, CHUNK_INDEX, chunkIndexes);
      group(groups, ATTACHMENT_INDEX, attachmentIndexes);
      group(groups, METADATA_INDEX, metadataIndexes);
      long offsetsStart = position;
      for (long[] g : groups) {
        record.reset();
        record.u8((int) g[0]).u64(g[1]).u64(g[2]);
        writeRecord(SUMMARY_OFFSET, record);
      }
      record.reset();
      record.u64(summaryStart).u64(offsetsStart);
      LittleEndianBuffer footer = new LittleEndianBuffer(32);
      footer.u8(FOOTER).u64(8 + 8 + 4).bytes(record.array(), 0, record.size());
      crc.update(footer.array(), 0, footer.size());
      record.u32(crc.getValue());
      writeRecord(FOOTER, record);
      write(MAGIC, 0, MAGIC.length);
      out.flush();
    } finally {
      out.close();
    }
  }

  private void group(List<long[]> groups, int opcode, List<byte[]> records) throws IOException {
    if (records.isEmpty()) {
      return;
    }
    long start = position;
    for (byte[] r : records) {
      write(r, 0, r.length);
    }
    groups.add(new long[] {opcode, start, position - start});
  }

  private static byte[] asRecord(int opcode, LittleEndianBuffer content) {
    LittleEndianBuffer whole = new LittleEndianBuffer(content.size() + 9);
    whole.u8(opcode).u64(content.size()).bytes(content.array(), 0, content.size());
    return java.util.Arrays.copyOf(whole.array(), whole.size());
  }

  private void writeRecord(int opcode, LittleEndianBuffer content) throws IOException {
    byte[] head = new byte[9];
    head[0] = (byte) opcode;
    long n = content.size();
    for (int i = 0; i < 8; i++) {
      head[1 + i] = (byte) (n >>> (8 * i));
    }
    write(head, 0, head.length);
    write(content.array(), 0, content.size());
  }

  private void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
    crc.update(b, off, len);
    position += len;
  }
}
