package org.livedash.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import org.livedash.feed.ShownAddress;
import org.livedash.i18n.Texts;
import org.livedash.report.Lesson;
import org.livedash.report.LessonHandout;
import org.livedash.client.LaunchOptions;
import org.livedash.client.EmbeddedFeed;
import org.livedash.client.AppContext;

/**
 * The lesson without a window: each step runs for a set time on the live feed, with the wire
 * log open as the window's view would have it, and the handout is written at the end. For a
 * teacher preparing figures, and for the test that runs the lesson end to end.
 */
public final class LessonRun {
  private LessonRun() {}

  /**
   * Runs the four steps, each for {@code step}, and returns the handout written into
   * {@code dir}.
   */
  public static Path run(LaunchOptions options, java.time.Duration step, Path dir, PrintWriter out)
      throws Exception {
    try (AppContext context = AppContext.start(options)) {
      context.wireLog().setOpen(true);
      Lesson l = new Lesson(context.stats(), context.wireLog(),
          (mode, interval) -> context.supervisor().switchMode(mode, interval), System::nanoTime);
      for (Lesson.Step each : Lesson.Step.values()) {
        out.println(Texts.get("lesson." + each.key() + ".title"));
        out.flush();
        l.begin(each);
        long end = System.nanoTime() + step.toNanos();
        while (System.nanoTime() < end) {
          l.tick();
          Thread.sleep(Math.min(100, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
        }
      }
      l.finish();
      EmbeddedFeed here = context.embeddedFeed();
      Path file = new LessonHandout(l, here != null && here.isDemo()
          ? Texts.get("lesson.feed.demo") : here != null ? here.sourceAddress()
          : ShownAddress.of(context.endpoints().websocket()),
          ZonedDateTime.now()).write(dir);
      out.println(Texts.get("lesson.exported", file));
      out.flush();
      return file;
    }
  }
}
