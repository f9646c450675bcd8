// Reads an MCAP file with the reference TypeScript reader (@mcap/core) and prints what it
// found as one JSON object: node read-mcap.js FILE stream|indexed
// stream: McapStreamReader over the bytes (a file cut short reads up to its last whole record);
// indexed: McapIndexedReader through the summary, the chunk indexes and the footer.
const fs = require("fs");
const { McapStreamReader, McapIndexedReader } = require("@mcap/core");
const { loadDecompressHandlers } = require("@mcap/support");

function message(topicOf, r) {
  return {
    topic: topicOf(r.channelId),
    sequence: r.sequence,
    logTime: r.logTime.toString(),
    publishTime: r.publishTime.toString(),
    data: Buffer.from(r.data).toString("utf8"),
  };
}

async function main() {
  const [file, mode] = process.argv.slice(2);
  const decompressHandlers = await loadDecompressHandlers();
  const bytes = fs.readFileSync(file);
  const channels = new Map();
  const out = { messages: [], channels: [], schemas: [], metadata: [], attachments: [] };
  const attachment = (a) => ({ name: a.name, mediaType: a.mediaType, size: a.data.length });
  const metadata = (m) => ({ name: m.name, metadata: Object.fromEntries(m.metadata) });
  if (mode === "indexed") {
    const readable = {
      size: async () => BigInt(bytes.length),
      read: async (offset, length) =>
        bytes.subarray(Number(offset), Number(offset) + Number(length)),
    };
    const reader = await McapIndexedReader.Initialize({ readable, decompressHandlers });
    for (const c of reader.channelsById.values()) {
      channels.set(c.id, c.topic);
      out.channels.push({ id: c.id, topic: c.topic, metadata: Object.fromEntries(c.metadata) });
    }
    for (const s of reader.schemasById.values()) {
      out.schemas.push({ id: s.id, name: s.name, encoding: s.encoding });
    }
    for await (const m of reader.readMessages()) {
      out.messages.push(message((id) => channels.get(id), m));
    }
    for await (const m of reader.readMetadata()) {
      out.metadata.push(metadata(m));
    }
    for await (const a of reader.readAttachments()) {
      out.attachments.push(attachment(a));
    }
    out.statistics = {
      messageCount: reader.statistics.messageCount.toString(),
      chunkCount: reader.statistics.chunkCount,
      channelCount: reader.statistics.channelCount,
      attachmentCount: reader.statistics.attachmentCount,
      metadataCount: reader.statistics.metadataCount,
    };
    out.chunks = reader.chunkIndexes.length;
  } else {
    const reader = new McapStreamReader({ decompressHandlers, validateCrcs: true });
    reader.append(bytes);
    let r;
    while ((r = reader.nextRecord())) {
      if (r.type === "Channel") {
        channels.set(r.id, r.topic);
        out.channels.push({ id: r.id, topic: r.topic, metadata: Object.fromEntries(r.metadata) });
      } else if (r.type === "Schema") {
        out.schemas.push({ id: r.id, name: r.name, encoding: r.encoding });
      } else if (r.type === "Message") {
        out.messages.push(message((id) => channels.get(id), r));
      } else if (r.type === "Metadata") {
        out.metadata.push(metadata(r));
      } else if (r.type === "Attachment") {
        out.attachments.push(attachment(r));
      }
    }
    out.done = reader.done();
  }
  // Exits once written: the decompressors' WebAssembly modules can keep the event loop
  // alive after main returns (seen as a reader that wrote its whole answer and never ended).
  process.stdout.write(JSON.stringify(out), () => process.exit(0));
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + "\n");
  process.exit(2);
});
