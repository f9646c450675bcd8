package org.livedash.cli;

import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * The lesson's flags: {@code --lesson} walks through polling, long-polling, the handshake and
 * push on the live feed; without a window it runs each step for {@code --lesson-step} and
 * writes the handout into {@code --lesson-out}.
 */
final class LessonOptions {
  /** Updates per second per series of the lesson's demo feed: slow enough to see empty polls. */
  static final double LESSON_DEMO_RATE = 0.05;

  @Option(names = "--lesson",
      description = "Walk through polling, long-polling, the WebSocket handshake and push on the"
          + " live feed, with the wire view open, ending on the comparison.")
  boolean lesson;

  @Option(names = "--lesson-step", paramLabel = "TIME", defaultValue = "20s",
      converter = DurationConverter.class,
      description = "With --headless: how long each step of the lesson runs. Default:"
          + " ${DEFAULT-VALUE}.")
  Duration step;

  @Option(names = "--lesson-out", paramLabel = "DIR", defaultValue = "livedash-lesson",
      description = "With --headless: where the lesson's handout is written. Default:"
          + " ${DEFAULT-VALUE}.")
  Path out;

  /**
   * Refuses, as a bad flag, a headless lesson on a feed that can only push: its polling steps
   * would measure push and call it polling.
   */
  void checkFeed(org.livedash.feed.profile.Profile profile, picocli.CommandLine cl) {
    if (profile != null && !profile.isLiveDash()) {
      throw new picocli.CommandLine.ParameterException(cl,
          org.livedash.i18n.Texts.get("cli.lessonPushOnly"));
    }
  }
}
