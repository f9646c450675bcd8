package org.livedash.model;

/** How a reading stands against its series' thresholds; drives tile colours and alerts. */
public enum ThresholdState {
  NORMAL,
  WARN,
  ALARM
}
