package org.livedash.server.mqtt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.TrustManagerFactory;

/**
 * Trust for an {@code mqtts://} broker behind a private CA or with a self-signed certificate:
 * the certificates of a PEM file. Host names are still verified.
 */
final class PemTrust {
  private PemTrust() {}

  /**
   * @throws IllegalArgumentException with a one-line reason when the file is unusable
   */
  static TrustManagerFactory of(Path pem) {
    Collection<? extends Certificate> certificates;
    try (InputStream in = Files.newInputStream(pem)) {
      certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException("--mqtt-ca-file " + pem + " cannot be read: "
          + e.getMessage());
    }
    if (certificates.isEmpty()) {
      throw new IllegalArgumentException("--mqtt-ca-file " + pem + " holds no certificate");
    }
    try {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      int i = 0;
      for (Certificate c : certificates) {
        store.setCertificateEntry("ca-" + i++, c);
      }
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(store);
      return tmf;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("this Java cannot hold certificates", e);
    }
  }
}
