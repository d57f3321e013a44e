package dev.arca.server.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arca.core.admin.AdminPermission;
import dev.arca.server.pki.CertificateAuthority;
import dev.arca.server.pki.CertifiedKey;
import dev.arca.server.pki.Pki;
import dev.arca.server.pki.PkiException;
import dev.arca.server.pki.PkiExport;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;

/**
 * The node's certificate authorities and server certificates: {@code /api/v1/cas} and {@code
 * /api/v1/certificates}. Needs the security area. Certificates are public; private keys never leave
 * the PKI.
 */
final class PkiResources {

  private final AdminServer server;

  PkiResources(AdminServer server) {
    this.server = server;
  }

  private Pki pki() {
    return server.backend().pki();
  }

  void register(RouteTable t) {
    t.get("/api/v1/cas", "ca.list")
        .area(AdminPermission.SECURITY)
        .summary("The local and imported certificate authorities")
        .response("CaList")
        .handle(this::listCas);
    t.get("/api/v1/cas/{name}", "ca.show")
        .area(AdminPermission.SECURITY)
        .summary("One certificate authority with its certificate in PEM")
        .response("Ca")
        .handle(this::showCa);
    t.get("/api/v1/certificates", "certificate.list")
        .area(AdminPermission.SECURITY)
        .summary("The server certificates")
        .response("CertificateList")
        .handle(this::listCertificates);
    t.get("/api/v1/certificates/{name}", "certificate.show")
        .area(AdminPermission.SECURITY)
        .summary("One server certificate with its chain in PEM")
        .response("Certificate")
        .handle(this::showCertificate);
  }

  private void listCas(Call call) {
    ArrayNode items = Json.array();
    for (CertificateAuthority ca : pki().certificateAuthorities()) {
      items.add(ca(ca));
    }
    ObjectNode out = Json.object();
    out.set("items", items);
    call.ok(out);
  }

  private void showCa(Call call) throws ApiException, PkiException {
    String name = call.pathParameter("name");
    call.touched(name);
    CertificateAuthority ca =
        pki()
            .certificateAuthority(name)
            .orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND, "no CA " + name));
    ObjectNode out = ca(ca);
    out.put("pem", PkiExport.certificatePem(ca.certificate()));
    call.ok(out);
  }

  private void listCertificates(Call call) {
    ArrayNode items = Json.array();
    for (String name : pki().serverCertificateNames()) {
      pki().serverCertificate(name).ifPresent(key -> items.add(certificate(name, key)));
    }
    ObjectNode out = Json.object();
    out.set("items", items);
    call.ok(out);
  }

  private void showCertificate(Call call) throws ApiException, PkiException {
    String name = call.pathParameter("name");
    call.touched(name);
    CertifiedKey key =
        pki()
            .serverCertificate(name)
            .orElseThrow(
                () -> new ApiException(ErrorCode.NOT_FOUND, "no server certificate " + name));
    ObjectNode out = certificate(name, key);
    out.put("pem", PkiExport.certificatesPem(key.chain()));
    call.ok(out);
  }

  private ObjectNode ca(CertificateAuthority ca) {
    ObjectNode out = Json.object();
    out.put("name", ca.name());
    out.put("local", ca.isLocal());
    describe(out, ca.certificate());
    return out;
  }

  private ObjectNode certificate(String name, CertifiedKey key) {
    ObjectNode out = Json.object();
    out.put("name", name);
    describe(out, key.certificate());
    pki().issuerOf(name).ifPresent(ca -> out.put("issuedBy", ca.name()));
    ArrayNode names = out.putArray("subjectAlternativeNames");
    try {
      Collection<List<?>> sans = key.certificate().getSubjectAlternativeNames();
      if (sans != null) {
        for (List<?> san : sans) {
          if (san.size() == 2 && san.get(1) instanceof String) {
            names.add((String) san.get(1));
          }
        }
      }
    } catch (CertificateParsingException e) {
      // A certificate this node issued always parses; an imported one without SANs lists none.
    }
    return out;
  }

  private static void describe(ObjectNode out, X509Certificate c) {
    out.put("subject", c.getSubjectX500Principal().getName());
    out.put("issuer", c.getIssuerX500Principal().getName());
    out.put("serialNumber", c.getSerialNumber().toString(16));
    out.put("notBefore", c.getNotBefore().toInstant().toString());
    out.put("notAfter", c.getNotAfter().toInstant().toString());
  }
}
