package org.livedash.alert;

import org.livedash.model.AlarmWatch;

/**
 * Where alerts go once judged: the window's log, a file of JSON lines, a command, the desktop's
 * notifications. Told on the alerts' own thread, never the feed's: an outlet may take its time.
 */
public interface AlertOutlet {
  /** {@code alert} was raised ({@link AlarmWatch.Alarm#isOn}) or cleared. */
  void told(AlarmWatch.Alarm alert);
}
