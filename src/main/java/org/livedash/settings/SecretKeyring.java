package org.livedash.settings;

import org.livedash.i18n.Texts;
import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.logging.Logger;

/**
 * A profile's secrets in the platform's keyring — the Secret Service (GNOME Keyring, KWallet)
 * on Linux, the Credential Manager on Windows, the Keychain on macOS — through java-keyring:
 * the one place LiveDash keeps a secret between runs, never in a file of its own. Each is kept
 * under the service {@code LiveDash} and the account {@code <destination> / <secret>} — the
 * scheme, host and port it is sent to, not a profile's name, so a profile of another name (or
 * the same profile pointed elsewhere) never receives it without asking. Where no
 * keyring answers (a headless machine without a session bus), it says so once, and LiveDash
 * asks for the secret each run instead. Calls may wait on the keyring: never on the JavaFX
 * thread.
 */
public final class SecretKeyring implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(SecretKeyring.class.getName());
  static final String SERVICE = "LiveDash";

  private final Object lock = new Object();
  // Guarded by lock: opened once, on first use.
  private Keyring keyring;
  private String unavailable;

  /** A keyring that is never there, for tests and headless runs. */
  public static SecretKeyring none() {
    SecretKeyring k = new SecretKeyring();
    k.unavailable = Texts.get("keyring.none");
    return k;
  }

  /** Whether a keyring answers here. */
  public boolean available() {
    return open() != null;
  }

  /** Why there is no keyring, in one line, or empty. */
  String whyUnavailable() {
    open();
    synchronized (lock) {
      return unavailable == null ? "" : unavailable;
    }
  }

  /** The secret kept for a destination, or null when none is (or there is no keyring). */
  public String lookup(String destination, String name) {
    Keyring k = open();
    if (k == null) {
      return null;
    }
    try {
      synchronized (lock) {
        return k.getPassword(SERVICE, account(destination, name));
      }
    } catch (PasswordAccessException e) {
      return null;
    }
  }

  /**
   * Keeps a secret for a destination.
   *
   * @throws IllegalStateException in one line when it cannot be kept
   */
  public void store(String destination, String name, String value) {
    Keyring k = open();
    if (k == null) {
      throw new IllegalStateException("the secret cannot be kept: " + whyUnavailable());
    }
    try {
      synchronized (lock) {
        k.setPassword(SERVICE, account(destination, name), value);
      }
    } catch (PasswordAccessException e) {
      throw new IllegalStateException("the keyring did not keep the secret '" + name + "': "
          + Texts.message(e));
    }
  }

  /** Lets go of the keyring's connection. */
  @Override
  public void close() {
    synchronized (lock) {
      if (keyring != null) {
        try {
          keyring.close();
        } catch (Exception e) {
          LOG.fine(() -> "the keyring did not close cleanly: " + Texts.message(e));
        }
        keyring = null;
        unavailable = Texts.get("keyring.closed");
      }
    }
  }

  static String account(String destination, String name) {
    return destination + " / " + name;
  }

  private Keyring open() {
    synchronized (lock) {
      if (keyring != null || unavailable != null) {
        return keyring;
      }
      try {
        keyring = Keyring.create();
      } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
        unavailable = Texts.get("keyring.unavailable", Texts.message(e));
        LOG.info(unavailable);
      }
      return keyring;
    }
  }
}
