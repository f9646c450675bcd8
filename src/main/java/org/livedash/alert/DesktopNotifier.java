package org.livedash.alert;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;
import org.livedash.i18n.Texts;
import org.livedash.model.AlarmWatch;
import org.livedash.model.EpochMicros;
import org.livedash.model.Reason;

/**
 * Tells an alert raised while the window is not in front as a desktop notification: on Linux
 * through the freedesktop notification service on the session D-Bus (what GNOME, KDE, Xfce and
 * dunst answer). Where there is none (another system, no session bus, no service) it says why
 * once, for the settings to show, and tells nothing.
 */
public final class DesktopNotifier implements AlertOutlet, AutoCloseable {
  private static final Logger LOG = Logger.getLogger(DesktopNotifier.class.getName());
  private static final String SERVICE = "org.freedesktop.Notifications";
  private static final String PATH = "/org/freedesktop/Notifications";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
  /** How long a notification stays, ms. */
  private static final int SHOWN_FOR = 10_000;

  private final BooleanSupplier windowInFront;
  private final ZoneId zone;
  private DBusConnection bus;
  private Notifications service;
  private Reason unavailable;
  private long shown;

  /**
   * A notifier for a window that says whether it is in front ({@code windowInFront}); times are
   * shown in {@code zone}.
   */
  public DesktopNotifier(BooleanSupplier windowInFront, ZoneId zone) {
    this.windowInFront = windowInFront;
    this.zone = zone;
  }

  @Override
  public synchronized void told(AlarmWatch.Alarm alert) {
    if (!alert.isOn() || windowInFront.getAsBoolean() || !connect()) {
      return;
    }
    String summary = Texts.get("alerts.notification", alert.meta().name(),
        Texts.of(alert.rule().describe(alert.meta().unit())));
    String time = TIME.format(EpochMicros.toInstant(alert.startMicros()).atZone(zone));
    String body = Double.isFinite(alert.value())
        ? Texts.get("alerts.notificationValue", alert.value(), alert.meta().unitSuffix(), time)
        : Texts.get("alerts.notificationSilent", time);
    try {
      service.show("LiveDash", new UInt32(0), "dialog-warning", summary, body, List.of(),
          Map.of("urgency", new Variant<>((byte) 2), "category", new Variant<>("device")),
          SHOWN_FOR);
      shown++;
    } catch (DBusExecutionException e) {
      unavailable(Reason.of("alerts.notifierFailed", Reason.why(e)));
    }
  }

  /** Notifications shown. */
  public synchronized long shown() {
    return shown;
  }

  /** Why notifications stopped after one failed, or null. */
  public synchronized Reason failure() {
    return unavailable;
  }

  /** Why no notification can be shown here, or null when one can (as far as is known). */
  public synchronized Reason whyUnavailable() {
    if (unavailable == null && service == null) {
      connect();
    }
    return unavailable;
  }

  private boolean connect() {
    if (service != null) {
      return true;
    }
    if (unavailable != null) {
      return false;
    }
    if (!System.getProperty("os.name", "").startsWith("Linux")) {
      unavailable = Reason.of("alerts.notifierElsewhere");
      return false;
    }
    try {
      bus = DBusConnectionBuilder.forSessionBus().withShared(false).build();
      service = bus.getRemoteObject(SERVICE, PATH, Notifications.class);
      return true;
    } catch (DBusException | RuntimeException e) {
      LOG.fine(() -> Reason.why(e).english());
      unavailable(Reason.of("alerts.notifierNoBus"));
      return false;
    }
  }

  private void unavailable(Reason why) {
    unavailable = why;
    LOG.warning(why.english());
    close();
  }

  @Override
  public synchronized void close() {
    service = null;
    if (bus != null) {
      try {
        bus.close();
      } catch (IOException e) {
        // Going anyway.
      }
      bus = null;
    }
  }
}
