package org.livedash.alert;

import java.util.List;
import java.util.Map;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.annotations.DBusMemberName;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/**
 * The freedesktop notification service's one method LiveDash calls, as the Desktop
 * Notifications Specification names it ({@code org.freedesktop.Notifications.Notify}).
 */
@DBusInterfaceName("org.freedesktop.Notifications")
public interface Notifications extends DBusInterface {
  /** Shows a notification; returns the id the service gave it. */
  @DBusMemberName("Notify")
  UInt32 show(String appName, UInt32 replacesId, String appIcon, String summary, String body,
      List<String> actions, Map<String, Variant<?>> hints, int expireTimeout);
}
