package org.livedash.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.logging.Logger;
import org.livedash.model.Reason;
import org.livedash.record.RecordingFolder;
import org.livedash.settings.Settings;

/**
 * The settings' bound on the recordings folder (hours and gigabytes kept), kept when a window
 * starts and again each time a recording begins a next file, so a window left open for days
 * never holds more than the user allowed. A file that cannot be removed is said in the log.
 */
record RecordingRetention(RecordingFolder folder, Settings.Recording recording) {
  private static final Logger LOG = Logger.getLogger(RecordingRetention.class.getName());
  /** At most this much room is made for what is to come. */
  private static final long MOST_ROOM = 500_000_000L;

  /** Removes what is older or more than the settings keep, but the files being written. */
  void keepWithin(Set<Path> writing) throws IOException {
    long keepBytes = (long) (recording.keepGigabytes() * 1e9);
    folder.prune(Duration.ofMinutes(Math.round(recording.keepHours() * 60)), keepBytes,
        Math.min(keepBytes / 10, MOST_ROOM), writing);
  }

  /** As {@link #keepWithin}, a failure to list the folder said in the log. */
  void keepWithinOrSay(Set<Path> writing) {
    try {
      keepWithin(writing);
    } catch (IOException e) {
      LOG.warning(Reason.of("record.notRemoved", folder.dir(), Reason.why(e)).english());
    }
  }
}
