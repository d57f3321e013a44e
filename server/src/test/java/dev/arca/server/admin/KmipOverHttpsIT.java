package dev.arca.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.core.audit.AuditEvent;
import dev.arca.kmip.codec.Encoding;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.ResultStatus;
import dev.arca.kmip.message.ResponseBatchItem;
import dev.arca.kmip.testing.Vectors;
import dev.arca.kmip.ttlv.DecodeException;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.server.config.CertificateField;
import dev.arca.server.config.ClientCertificateMode;
import dev.arca.server.testing.NodeFixture;
import dev.arca.server.testing.VectorReplay;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * KMIP over HTTPS on the admin port: the three encodings, authentication exactly as on the default
 * listener, and the OASIS MSGENC profile cases.
 */
class KmipOverHttpsIT {

  private static AdminClient.Response post(
      AdminClient client, String path, Encoding encoding, Ttlv message) {
    return client.send("POST", path, Optional.of(encoding.encode(message)), encoding.mediaType());
  }

  private static Ttlv decode(Encoding encoding, AdminClient.Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(response.header("Content-Type")).contains(encoding.mediaType());
    try {
      return encoding.decode(response.body());
    } catch (DecodeException e) {
      throw new AssertionError("not " + encoding + ": " + response, e);
    }
  }

  @Test
  void allThreeEncodingsAreServedWithTheListenersAuthentication() {
    try (NodeFixture node = NodeFixture.start()) {
      AdminClient withCertificate = AdminClient.of(node, node.clientMaterial());
      for (Encoding encoding : Encoding.values()) {
        for (String path : List.of("/kmip", "/kmip/1.4")) {
          ResponseBatchItem item =
              KmipRequests.item(
                  decode(
                      encoding,
                      post(
                          withCertificate,
                          path,
                          encoding,
                          KmipRequests.query(Optional.of(NodeFixture.credential())))));
          assertThat(item.resultStatus()).as(encoding + " " + path).isEqualTo(ResultStatus.SUCCESS);
          assertThat(item.operation()).contains(Operation.QUERY);
        }
      }

      // Create over JSON, then Get over XML: the same dispatcher and store as the TTLV listener.
      ResponseBatchItem created =
          KmipRequests.item(
              decode(
                  Encoding.JSON,
                  post(
                      withCertificate,
                      "/kmip/1.4",
                      Encoding.JSON,
                      KmipRequests.createAes(Optional.of(NodeFixture.credential())))));
      assertThat(created.resultStatus()).isEqualTo(ResultStatus.SUCCESS);
      String id = KmipRequests.uniqueIdentifier(created);
      ResponseBatchItem got =
          KmipRequests.item(
              decode(
                  Encoding.XML,
                  post(
                      withCertificate,
                      "/kmip",
                      Encoding.XML,
                      KmipRequests.get(Optional.of(NodeFixture.credential()), id))));
      assertThat(got.resultStatus()).isEqualTo(ResultStatus.SUCCESS);
      assertThat(node.audit())
          .anySatisfy(
              e -> {
                assertThat(e.channel()).isEqualTo("kmip:https");
                assertThat(e.action()).isEqualTo("Get");
                assertThat(e.actor()).isEqualTo(NodeFixture.USER);
                assertThat(e.objects()).containsExactly(id);
              });

      // The listener requires a password: without one, KMIP says so in KMIP.
      ResponseBatchItem anonymous =
          KmipRequests.item(
              decode(
                  Encoding.TTLV,
                  post(
                      withCertificate,
                      "/kmip",
                      Encoding.TTLV,
                      KmipRequests.query(Optional.empty()))));
      assertThat(anonymous.resultReason()).contains(ResultReason.AUTHENTICATION_NOT_SUCCESSFUL);

      // The listener requires a client certificate.
      AdminClient.Response noCertificate =
          post(
              AdminClient.of(node),
              "/kmip",
              Encoding.TTLV,
              KmipRequests.query(Optional.of(NodeFixture.credential())));
      assertThat(noCertificate.status()).isEqualTo(403);
      assertThat(noCertificate.error()).isEqualTo("client_certificate_refused");

      // The listener's rules change at once for HTTPS too.
      AdminClient admin = AdminClient.of(node).asAdmin();
      admin.patch(
          "/api/v1/listeners/default",
          AdminClient.JSON.createObjectNode().put("allowKeyExport", false));
      ResponseBatchItem refused =
          KmipRequests.item(
              decode(
                  Encoding.TTLV,
                  post(
                      withCertificate,
                      "/kmip",
                      Encoding.TTLV,
                      KmipRequests.get(Optional.of(NodeFixture.credential()), id))));
      assertThat(refused.resultReason()).contains(ResultReason.PERMISSION_DENIED);
    }
  }

  @Test
  void badRequestsAreRefusedBeforeTheDispatcherOrAnsweredInKmip() {
    try (NodeFixture node = NodeFixture.start()) {
      AdminClient client = AdminClient.of(node, node.clientMaterial());
      AdminClient.Response wrongType =
          client.send(
              "POST", "/kmip", Optional.of("hello".getBytes(StandardCharsets.UTF_8)), "text/plain");
      assertThat(wrongType.status()).isEqualTo(415);
      assertThat(wrongType.error()).isEqualTo("unsupported_media_type");
      AdminClient.Response badVersion =
          client.send("POST", "/kmip/9.9", Optional.of(new byte[8]), "application/octet-stream");
      assertThat(badVersion.status()).isEqualTo(404);
      AdminClient.Response tooLarge =
          client.send(
              "POST", "/kmip", Optional.of(new byte[(1 << 20) + 16]), "application/octet-stream");
      assertThat(tooLarge.status()).isEqualTo(413);
      assertThat(tooLarge.error()).isEqualTo("payload_too_large");
      // Undecodable: KMIP's own answer, Invalid Message.
      AdminClient.Response garbage =
          client.send(
              "POST",
              "/kmip",
              Optional.of("{\"tag\": ".getBytes(StandardCharsets.UTF_8)),
              "application/json");
      ResponseBatchItem item = KmipRequests.item(decode(Encoding.JSON, garbage));
      assertThat(item.resultReason()).contains(ResultReason.INVALID_MESSAGE);
      assertThat(client.get("/kmip").status()).isEqualTo(405);
      List<AuditEvent> https = new ArrayList<>();
      for (AuditEvent e : node.audit()) {
        if (e.action().equals("kmip.request")) {
          https.add(e);
        }
      }
      assertThat(https)
          .extracting(AuditEvent::outcome)
          .contains("unsupported_media_type", "not_found", "payload_too_large");
    }
  }

  @Test
  void theMessageEncodingProfileCasesPassOverHttps() {
    // Certificate-only authentication: the certificate names the user, as a KMIP client of the
    // profiles presents no credential.
    try (NodeFixture node =
        NodeFixture.start(
            l ->
                l.withClientAuthentication(
                    ClientCertificateMode.TLS_SESSION_AND_USERNAME,
                    CertificateField.CN,
                    false,
                    false))) {
      AdminClient client = AdminClient.of(node, node.clientMaterial());
      List<Vectors.VectorFile> files =
          Vectors.xml().filter(f -> f.path().contains("/MSGENC/")).toList();
      assertThat(files).hasSize(6);
      List<String> failures = new ArrayList<>();
      for (Vectors.VectorFile file : files) {
        for (Encoding encoding : Encoding.values()) {
          String path = "/kmip/" + (file.version().contains("1.4") ? "1.4" : "2.1");
          VectorReplay.FileResult result =
              VectorReplay.replay(
                  file, request -> decode(encoding, post(client, path, encoding, request)));
          if (!result.passed()) {
            failures.add(file.path() + " over " + encoding + ": " + result.firstDifference());
          }
        }
      }
      assertThat(failures).isEmpty();
    }
  }
}
