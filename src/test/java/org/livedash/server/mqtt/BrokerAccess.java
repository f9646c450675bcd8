package org.livedash.server.mqtt;

/**
 * Who a test broker lets in and how: anyone over plain TCP, one user with a password, and
 * optionally TLS with a certificate the test made. Each broker writes it in its own
 * configuration; {@link TestMqttBroker#publish} connects with it.
 *
 * @param user the one user let in; null lets anyone in
 * @param password that user's password
 * @param certificate the broker's TLS certificate; null for plain TCP
 */
public record BrokerAccess(String user, String password, TestCertificate certificate) {

  /** Anyone, over plain TCP. */
  public static BrokerAccess anonymous() {
    return new BrokerAccess(null, null, null);
  }

  /** Only this user with this password, over plain TCP. */
  public static BrokerAccess password(String user, String password) {
    return new BrokerAccess(user, password, null);
  }

  /** The same access over TLS with this certificate. */
  public BrokerAccess overTls(TestCertificate tls) {
    return new BrokerAccess(user, password, tls);
  }
}
