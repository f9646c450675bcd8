package org.livedash.transport;

import org.livedash.model.InvalidInputException;
import org.livedash.model.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Which servers' certificates the client trusts for {@code wss://} and {@code https://}: the
 * platform's usual authorities, or the certificates of a PEM file ({@code --ca-file}) for a feed
 * behind a private CA or with a self-signed certificate. Host names are always verified; there
 * is deliberately no way to turn verification off.
 */
public final class TlsTrust {
  private TlsTrust() {}

  /** The platform's default trust. */
  public static SSLContext standard() {
    try {
      return SSLContext.getDefault();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this Java has no TLS", e);
    }
  }

  /**
   * Trusts the certificates in a PEM file (one or more {@code BEGIN CERTIFICATE} blocks).
   *
   * @throws IllegalArgumentException with a one-line reason when the file is unusable
   */
  public static SSLContext fromPem(Path pem) {
    TrustManagerFactory tmf = trustManagers(pem, "--ca-file");
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, tmf.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new InvalidInputException(Reason.of("tls.cannotTrust", "--ca-file", pem,
          Failures.rootMessage(e)));
    }
  }

  /**
   * The trust managers of a PEM file's certificates, for a client that takes them rather than
   * an {@link SSLContext} (the MQTT client); {@code flag} names the option in messages.
   *
   * @throws IllegalArgumentException with a one-line reason when the file is unusable
   */
  public static TrustManagerFactory trustManagers(Path pem, String flag) {
    Collection<? extends Certificate> certificates;
    try (InputStream in = Files.newInputStream(pem)) {
      certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
    } catch (IOException e) {
      throw new InvalidInputException(Reason.of("tls.cannotRead", flag, pem,
          Failures.rootMessage(e)));
    } catch (GeneralSecurityException e) {
      throw new InvalidInputException(Reason.of("tls.noPem", flag, pem));
    }
    if (certificates.isEmpty()) {
      throw new InvalidInputException(Reason.of("tls.noPem", flag, pem));
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
    } catch (GeneralSecurityException | IOException e) {
      throw new InvalidInputException(Reason.of("tls.cannotTrust", flag, pem,
          Failures.rootMessage(e)));
    }
  }
}
