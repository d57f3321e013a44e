package dev.arca.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * CA certificates to trust a node's admin port by: the {@code CERTIFICATE} blocks of a PEM file, or
 * the JDK's own trusted CAs when no file is given.
 *
 * <p>Only certificate blocks are read, so a node's CA file ({@code <data>/pki/ca/local.pem}, which
 * also holds the CA's sealed private key) serves as well as a client bundle's {@code ca.pem}.
 */
final class PemCertificates {

  private static final Pattern BLOCK =
      Pattern.compile("-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\\s]+)-----END CERTIFICATE-----");

  private PemCertificates() {}

  /** The certificates of {@code file}, in order. */
  static List<X509Certificate> read(Path file) throws CliException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.US_ASCII);
    } catch (NoSuchFileException e) {
      throw new CliException(file + ": no such file");
    } catch (IOException e) {
      throw new CliException(
          file + ": cannot read: " + KmipConnectionOptions.oneLine(e.getMessage()));
    }
    return parse(text, file.toString());
  }

  static List<X509Certificate> parse(String text, String source) throws CliException {
    List<X509Certificate> out = new ArrayList<>();
    Matcher m = BLOCK.matcher(text);
    try {
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      while (m.find()) {
        byte[] der = Base64.getMimeDecoder().decode(m.group(1));
        out.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
      }
    } catch (CertificateException | IllegalArgumentException e) {
      throw new CliException(
          source
              + ": certificate "
              + (out.size() + 1)
              + " cannot be read: "
              + KmipConnectionOptions.oneLine(e.getMessage()));
    }
    if (out.isEmpty()) {
      throw new CliException(source + ": no PEM certificate (-----BEGIN CERTIFICATE-----) in it");
    }
    return List.copyOf(out);
  }

  /**
   * The CAs the JDK trusts (its {@code cacerts}), for a node with a publicly trusted certificate.
   */
  static List<X509Certificate> jdkDefaults() throws CliException {
    try {
      TrustManagerFactory f =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      f.init((KeyStore) null);
      List<X509Certificate> out = new ArrayList<>();
      for (TrustManager tm : f.getTrustManagers()) {
        if (tm instanceof X509TrustManager) {
          out.addAll(List.of(((X509TrustManager) tm).getAcceptedIssuers()));
        }
      }
      return List.copyOf(out);
    } catch (GeneralSecurityException e) {
      throw new CliException(
          "cannot read the JDK's trusted CAs ("
              + KmipConnectionOptions.oneLine(e.getMessage())
              + "); give --cacert FILE");
    }
  }
}
