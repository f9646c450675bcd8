package org.livedash.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The DNS names of a TLS server's certificates: names clients reach it by, which it answers to
 * without being told ({@link HostNames}).
 */
final class CertificateNames {
  private static final int DNS_NAME = 2;

  private CertificateNames() {}

  /** The names in the key store's certificates; none when it cannot be read (TLS says why). */
  static List<String> of(Path keyStore, char[] password) {
    List<String> names = new ArrayList<>();
    try (InputStream in = Files.newInputStream(keyStore)) {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(in, password == null ? new char[0] : password);
      for (String alias : Collections.list(ks.aliases())) {
        Certificate c = ks.getCertificate(alias);
        if (c instanceof X509Certificate x) {
          names.addAll(dnsNames(x));
        }
      }
    } catch (IOException | GeneralSecurityException e) {
      // The TLS connector reports an unreadable key store itself, in its own words.
    }
    return names;
  }

  private static List<String> dnsNames(X509Certificate x) throws CertificateParsingException {
    List<String> names = new ArrayList<>();
    if (x.getSubjectAlternativeNames() != null) {
      for (List<?> san : x.getSubjectAlternativeNames()) {
        if (san.size() == 2 && Integer.valueOf(DNS_NAME).equals(san.get(0))) {
          names.add((String) san.get(1));
        }
      }
    }
    return names;
  }
}
