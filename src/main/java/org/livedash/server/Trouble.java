package org.livedash.server;

import org.livedash.model.Reason;

/**
 * What keeps a server from delivering now: a code clients can act on (protocol 1.4: {@code
 * source} — the broker or venue is out of reach; {@code shared-history} — Redis is; {@code
 * no-publisher} — no relay publishes the feed) and why, which the protocol carries in English.
 */
record Trouble(String code, Reason message) {}
