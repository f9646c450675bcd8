package org.livedash.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livedash.client.LaunchOptions;
import org.livedash.client.WindowFeeds;
import org.livedash.record.McapReader;
import org.livedash.record.RecordingFolder;
import org.livedash.settings.SecretKeyring;
import org.livedash.settings.Settings;
import org.livedash.ui.FeedList;

/** A window records every feed it shows, each into a file of its own, or none when told not. */
class WindowRecordingsTest {
  @TempDir
  Path dir;

  @Test
  void aFeedBesideTheFirstIsRecordedIntoAFileOfItsOwn() throws Exception {
    WindowRecordings recordings = new WindowRecordings(
        new RecordingFolder(dir, Clock.systemDefaultZone()));
    LaunchOptions first = recordings.first(LaunchOptions.defaults(), Settings.Recording.DEFAULTS);
    assertThat(first.record().getParent()).isEqualTo(dir);
    try (WindowFeeds feeds = new WindowFeeds(first, recordings, name -> null,
        SecretKeyring.none())) {
      FeedList.Feed demo = feeds.add("demo").get(20, TimeUnit.SECONDS);
      Path beside = dir.resolve(first.record().getFileName().toString()
          .replace(".mcap", "-feed2.mcap"));
      await().atMost(20, TimeUnit.SECONDS).until(() -> demo.stats()
          .totalUpdates(System.nanoTime()) > 20 && Files.exists(beside));
      assertThat(first.record()).as("the first feed's own file").isNotEqualTo(beside);
      feeds.remove(demo);
      await("closed whole, its readings in it").atMost(20, TimeUnit.SECONDS)
          .until(() -> McapReader.span(beside).lastMicros() > 0);
    }
  }

  @Test
  void withRecordingOffNoFeedIsRecorded() {
    WindowRecordings recordings = new WindowRecordings(
        new RecordingFolder(dir, Clock.systemDefaultZone()));
    LaunchOptions first = recordings.first(LaunchOptions.defaults(),
        new Settings.Recording(false, 168.0, 10.0));
    assertThat(first.record()).isNull();
    assertThat(recordings.options(LaunchOptions.defaults()).record()).isNull();
  }
}
