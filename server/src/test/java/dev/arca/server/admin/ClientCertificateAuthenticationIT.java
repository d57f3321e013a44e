package dev.arca.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.server.pki.CertifiedKey;
import dev.arca.server.pki.ClientCertificateRequest;
import dev.arca.server.pki.Pki;
import dev.arca.server.testing.NodeFixture;
import dev.arca.server.testing.TestPki;
import dev.arca.server.tls.TlsMaterial;
import org.junit.jupiter.api.Test;

/**
 * Web admin client certificate authentication: with it on, an administrator also presents a
 * certificate from the administrators' trusted-CA profile whose CN is its name, at login and on
 * every request of the session.
 */
class ClientCertificateAuthenticationIT {

  @Test
  void anAdministratorNeedsItsCertificateAsWellAsItsPassword() throws Exception {
    try (NodeFixture node =
        NodeFixture.start(
            l -> l,
            o ->
                o.withAdminApi(
                    o.adminApi().withClientCertificateAuthentication(true, "Default")))) {
      CertifiedKey issued =
          node.node
              .pki()
              .issueClientCertificate(Pki.LOCAL_CA, ClientCertificateRequest.forUser("admin"));
      TlsMaterial adminCertificate =
          new TlsMaterial(issued.privateKey(), issued.chain(), node.caCertificates());

      // Without a certificate, or with one naming someone else, or from another CA: refused.
      assertThat(login(AdminClient.of(node)).error()).isEqualTo("authentication_failed");
      assertThat(login(AdminClient.of(node, node.clientMaterial())).error())
          .isEqualTo("authentication_failed");
      TlsMaterial foreign = TestPki.shared().client("admin");
      AdminClient.Response untrusted;
      try {
        untrusted = login(AdminClient.of(node, foreign));
        assertThat(untrusted.status()).isEqualTo(401);
      } catch (RuntimeException e) {
        // The TLS layer may refuse a certificate from a CA no profile trusts outright.
      }

      AdminClient withCertificate = AdminClient.of(node, adminCertificate).asAdmin();
      assertThat(withCertificate.get("/api/v1/me").status()).isEqualTo(200);
      // The token alone, from a connection without the certificate, is not enough.
      AdminClient stolen = AdminClient.of(node).withToken(withCertificate.token());
      assertThat(stolen.get("/api/v1/me").status()).isEqualTo(401);
      AdminClient otherCertificate =
          AdminClient.of(node, node.clientMaterial()).withToken(withCertificate.token());
      assertThat(otherCertificate.get("/api/v1/me").status()).isEqualTo(401);
    }
  }

  private static AdminClient.Response login(AdminClient client) {
    return client.post(
        "/api/v1/login",
        AdminClient.JSON
            .createObjectNode()
            .put("username", NodeFixture.ADMIN)
            .put("password", NodeFixture.ADMIN_PASSWORD));
  }
}
