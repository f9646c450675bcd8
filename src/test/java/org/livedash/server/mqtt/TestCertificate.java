package org.livedash.server.mqtt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Base64;
import java.util.List;

/**
 * A real self-signed TLS certificate for a host name, made by the JDK's own {@code keytool} (so
 * no OpenSSL is needed): a PKCS#12 key store for Java servers, and the same certificate and key
 * as PEM files for Mosquitto and as the CA file a client trusts.
 *
 * @param keyStore the PKCS#12 key store holding the key and certificate
 * @param storePassword its password (the key's too)
 * @param certPem the certificate, PEM
 * @param keyPem the private key, PKCS#8 PEM
 */
public record TestCertificate(Path keyStore, String storePassword, Path certPem, Path keyPem) {

  /** Makes a certificate for {@code host}, valid two days, in {@code dir}. */
  public static TestCertificate create(Path dir, String host)
      throws IOException, InterruptedException, GeneralSecurityException {
    Path store = dir.resolve("broker.p12");
    String password = "test-store-pw";
    String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    Process p = new ProcessBuilder(List.of(keytool, "-genkeypair", "-alias", "broker",
        "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + host,
        "-ext", "SAN=dns:" + host, "-validity", "2", "-keystore", store.toString(),
        "-storetype", "PKCS12", "-storepass", password, "-keypass", password))
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IOException("keytool failed: " + out);
    }
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      ks.load(in, password.toCharArray());
    }
    Path cert = dir.resolve("cert.pem");
    Path key = dir.resolve("key.pem");
    Files.writeString(cert, pem("CERTIFICATE", ks.getCertificate("broker").getEncoded()));
    Files.writeString(key, pem("PRIVATE KEY",
        ks.getKey("broker", password.toCharArray()).getEncoded()));
    return new TestCertificate(store, password, cert, key);
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN " + type + "-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END " + type + "-----\n";
  }
}
