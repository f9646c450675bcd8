package org.livedash.server;

/**
 * What keeps a server from delivering now: a code clients can act on (protocol 1.4: {@code
 * source} — the broker or venue is out of reach; {@code shared-history} — Redis is; {@code
 * no-publisher} — no relay publishes the feed) and one line for people.
 */
record Trouble(String code, String message) {}
