package org.livedash.model;

/**
 * How far the server's clock is from ours, estimated NTP-style: the server's time minus the
 * midpoint of our request and its answer, from the exchange with the shortest round trip.
 *
 * @param offsetMicros server clock minus client clock
 * @param rttMicros the round trip of the exchange the estimate came from (its uncertainty is
 *     half of that)
 * @param applied whether latencies are corrected by it; not when both ends share one machine
 */
public record ClockOffset(long offsetMicros, long rttMicros, boolean applied) {}
