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
import org.livedash.feed.FeedEndpoints;
import org.livedash.record.McapReader;
import org.livedash.record.RecordingFolder;
import org.livedash.server.DemoFeedConfig;
import org.livedash.server.FeedServer;
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
    try (FeedServer server = new FeedServer(DemoFeedConfig.defaults().withRate(20)).start();
        WindowFeeds feeds = new WindowFeeds(first, recordings, name -> null,
            SecretKeyring.none())) {
      FeedList.Feed relay = feeds.add(server.url()).get(20, TimeUnit.SECONDS);
      Path beside = dir.resolve(first.record().getFileName().toString()
          .replace(".mcap", "-feed2.mcap"));
      await().atMost(20, TimeUnit.SECONDS).until(() -> relay.stats()
          .totalUpdates(System.nanoTime()) > 20 && Files.exists(beside));
      assertThat(first.record()).as("the first feed's own file").isNotEqualTo(beside);
      feeds.remove(relay);
      await("closed whole, its readings in it").atMost(20, TimeUnit.SECONDS)
          .until(() -> McapReader.span(beside).lastMicros() > 0);
    }
  }

  @Test
  void aSecondDemoIsNotRecordedAsItWouldShareTheDemosName() throws Exception {
    WindowRecordings recordings = new WindowRecordings(
        new RecordingFolder(dir, Clock.systemDefaultZone()));
    LaunchOptions first = recordings.first(LaunchOptions.defaults(), Settings.Recording.DEFAULTS);
    assertThat(first.record()).as("the first, the demo").isNotNull();
    assertThat(recordings.options(LaunchOptions.defaults()).record()).isNull();
    LaunchOptions relay = recordings.options(LaunchOptions.defaults()
        .onFeed(FeedEndpoints.fromUrl("ws://127.0.0.1:1/feed"), null));
    assertThat(relay.record()).as("a server beside the demo").isNotNull();
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
