package dev.arca.server.kmip;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * Opens many mutual-TLS connections and holds them, in a process of its own so that the server's
 * heap can be measured without the clients in it. Uses the JDK's own TLS (SunJSSE), which is also a
 * second, independent client implementation against the BCJSSE server.
 *
 * <p>Arguments: host, port, connections, threads, and a directory holding {@code key.der} (PKCS#8),
 * {@code cert.der}, {@code ca.der}. Prints {@code READY n ms} once every connection has finished
 * its handshake, then holds them until standard input closes.
 */
public final class ConnectionFlood {

  private ConnectionFlood() {}

  public static void main(String[] args) throws Exception {
    String host = args[0];
    int port = Integer.parseInt(args[1]);
    int count = Integer.parseInt(args[2]);
    int threads = Integer.parseInt(args[3]);
    Path dir = Path.of(args[4]);

    CertificateFactory certificates = CertificateFactory.getInstance("X.509");
    Certificate cert =
        certificates.generateCertificate(Files.newInputStream(dir.resolve("cert.der")));
    Certificate ca = certificates.generateCertificate(Files.newInputStream(dir.resolve("ca.der")));
    PrivateKey key =
        KeyFactory.getInstance("EC")
            .generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(dir.resolve("key.der"))));
    char[] password = "flood".toCharArray();
    KeyStore keys = KeyStore.getInstance("PKCS12");
    keys.load(null, null);
    keys.setKeyEntry("client", key, password, new Certificate[] {cert, ca});
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("ca", ca);
    KeyManagerFactory kmf = KeyManagerFactory.getInstance("SunX509");
    kmf.init(keys, password);
    TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX");
    tmf.init(trust);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);

    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<SSLSocket>> opening = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      opening.add(
          pool.submit(
              () -> {
                SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket();
                socket.connect(new InetSocketAddress(host, port), 30_000);
                socket.setSoTimeout(30_000);
                socket.startHandshake();
                return socket;
              }));
    }
    List<SSLSocket> open = new ArrayList<>();
    for (Future<SSLSocket> socket : opening) {
      open.add(socket.get());
    }
    pool.shutdown();
    System.out.println("READY " + open.size() + " " + (System.nanoTime() - start) / 1_000_000);
    System.out.flush();
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    while (in.readLine() != null) {
      // hold the connections until the parent closes standard input
    }
    for (SSLSocket socket : open) {
      socket.close();
    }
  }
}
