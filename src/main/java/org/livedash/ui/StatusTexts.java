package org.livedash.ui;

import org.livedash.i18n.Texts;
import org.livedash.model.ClockOffset;
import org.livedash.model.ConnectionStatus;
import org.livedash.model.FeedMode;
import org.livedash.model.ServerTrouble;
import org.livedash.model.StatsSnapshot;
import org.livedash.ui.chart.Formats;

/**
 * The status line's and the stats panel's sentences, in the user's language: the connection's
 * state, the age of the last message, the server's clock, and the one-line verdict of push
 * against the polling measured beside it.
 */
final class StatusTexts {
  private StatusTexts() {}

  static String state(ConnectionStatus s, long nowNanos) {
    return switch (s.state()) {
      case LIVE -> Texts.get("status.live");
      case CONNECTING -> Texts.get("status.connecting");
      case RECONNECTING -> {
        double in = Math.max(0, (s.retryAtNanos() - nowNanos) / 1e9);
        yield in > 0.05 ? Texts.get("status.reconnectingIn", in)
            : Texts.get("status.reconnecting");
      }
      case DOWN -> Texts.get(s.refusal() ? "status.refused" : "status.disconnected");
    };
  }

  /**
   * The state of a live connection whose server says it cannot deliver: "Source down · 12 s",
   * "Relay degraded · 3 s", "No relay publishing · 40 s".
   */
  static String trouble(ServerTrouble t, long nowMicros) {
    String what = switch (t.code()) {
      case ServerTrouble.SOURCE -> Texts.get("status.sourceDown");
      case ServerTrouble.NO_PUBLISHER -> Texts.get("status.noPublisher");
      default -> Texts.get("status.relayDegraded");
    };
    if (t.sinceMicros() <= 0) {
      return what;
    }
    double seconds = Math.max(0, (nowMicros - t.sinceMicros()) / 1e6);
    return Texts.get("status.troubleSince", what, Formats.duration(seconds));
  }

  /**
   * The status line's account of a server's trouble: what it means in the window's language,
   * then {@code message}, the server's own words (in English from another server; see
   * {@link FeedControl#troubleMessage}).
   */
  static String troubleProblem(ServerTrouble t, String message) {
    String key = switch (t.code()) {
      case ServerTrouble.SOURCE -> "problem.trouble.source";
      case ServerTrouble.SHARED_HISTORY -> "problem.trouble.sharedHistory";
      case ServerTrouble.NO_PUBLISHER -> "problem.trouble.noPublisher";
      default -> "problem.serverTrouble";
    };
    return Texts.get(key, message);
  }

  /** "last message 1.2 s ago". */
  static String lastMessage(long agoNanos) {
    double s = agoNanos / 1e9;
    return s < 60 ? Texts.get("status.lastMessage.seconds", s)
        : Texts.get("status.lastMessage.minutes", Math.round(s / 60));
  }

  /** The clock offset line: how far the server's clock is, and whether latencies use it. */
  static String clock(ClockOffset o) {
    if (o == null) {
      return Texts.get("status.clock.unmeasured");
    }
    return Texts.get(o.applied() ? "status.clock.corrected" : "status.clock.same",
        o.offsetMicros() / 1000.0, o.rttMicros() / 2000.0);
  }

  /**
   * A one-line verdict of push against the pull setting actually measured beside it, once both
   * have figures; nothing when neither of the two is push.
   */
  /** Latencies measured on each side before the two are compared at all. */
  static final int VERDICT_SAMPLES = 30;

  static String verdict(StatsSnapshot a, String aLabel, StatsSnapshot b, String bLabel) {
    if (a == null || b == null || (a.mode() == FeedMode.WS) == (b.mode() == FeedMode.WS)) {
      return "";
    }
    boolean aIsPush = a.mode() == FeedMode.WS;
    StatsSnapshot push = aIsPush ? a : b;
    StatsSnapshot pull = aIsPush ? b : a;
    String pullLabel = aIsPush ? bLabel : aLabel;
    long pushN = push.updates() - push.caughtUp();
    long pullN = pull.updates() - pull.caughtUp();
    if (pushN < VERDICT_SAMPLES || pullN < VERDICT_SAMPLES
        || Double.isNaN(push.latencyP99Ms()) || Double.isNaN(pull.latencyP99Ms())) {
      return Texts.get("verdict.measuring", pushN, pullN, VERDICT_SAMPLES);
    }
    double at50 = pull.latencyP50Ms() / Math.max(push.latencyP50Ms(), 0.001);
    double at99 = pull.latencyP99Ms() / Math.max(push.latencyP99Ms(), 0.001);
    double bytesRatio = pull.bytesPerUpdate() / push.bytesPerUpdate();
    // The median and the tail are both said; where they disagree, so is that.
    String text = Texts.get("verdict.latency", Formats.millis(push.latencyP50Ms()),
        Formats.millis(push.latencyP99Ms()), pullLabel, Formats.millis(pull.latencyP50Ms()),
        Formats.millis(pull.latencyP99Ms()), sooner(at50), sooner(at99));
    if ((at50 >= 1) != (at99 >= 1)) {
      text += " " + Texts.get(at50 >= 1 ? "verdict.tailWorse" : "verdict.tailBetter",
          pullLabel);
    }
    if (!Double.isNaN(bytesRatio)) {
      text += " " + Texts.get(bytesRatio >= 1 ? "verdict.fewer" : "verdict.more",
          Formats.ratio(bytesRatio >= 1 ? bytesRatio : 1 / bytesRatio));
    }
    return text + " " + Texts.get("verdict.samples", pushN, pullN);
  }

  private static String sooner(double ratio) {
    return ratio >= 1 ? Texts.get("verdict.sooner", Formats.ratio(ratio))
        : Texts.get("verdict.later", Formats.ratio(1 / ratio));
  }
}
