package dev.arca.server.testing;

import dev.arca.core.crypto.CryptoModule;
import dev.arca.server.tls.TlsContexts;
import dev.arca.server.tls.TlsMaterial;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedKeyManager;

/** TLS contexts that well-behaved code never builds, for negative tests. */
public final class TestTls {

  private TestTls() {}

  /**
   * A BCJSSE client context that presents {@code material}'s certificate whatever CAs the server
   * asks for. A normal key manager sends no certificate when its issuer is not among the server's
   * CAs; this one makes the server judge an untrusted chain itself.
   */
  public static SSLContext clientPresentingAnyway(TlsMaterial material) {
    try {
      KeyStore trust = KeyStore.getInstance("BCFKS", CryptoModule.instance().moduleName());
      trust.load(null, null);
      for (int i = 0; i < material.trustedCas().size(); i++) {
        trust.setCertificateEntry("ca-" + i, material.trustedCas().get(i));
      }
      TrustManagerFactory trustManagers =
          TrustManagerFactory.getInstance("PKIX", TlsContexts.provider());
      trustManagers.init(trust);
      SSLContext context = SSLContext.getInstance("TLS", TlsContexts.provider());
      context.init(
          new KeyManager[] {new AlwaysPresent(material)},
          trustManagers.getTrustManagers(),
          CryptoModule.instance().secureRandom());
      return context;
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final class AlwaysPresent extends X509ExtendedKeyManager {
    private static final String ALIAS = "client";
    private final TlsMaterial material;

    AlwaysPresent(TlsMaterial material) {
      this.material = material;
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
      return new String[] {ALIAS};
    }

    @Override
    public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
      return ALIAS;
    }

    @Override
    public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
      return ALIAS;
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
      return new String[0];
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
      return null;
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
      return material.chain().toArray(new X509Certificate[0]);
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
      return material.privateKey();
    }
  }
}
