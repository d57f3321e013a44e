package dev.arca.server.admin;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.QueryFunction;
import dev.arca.kmip.message.Authentication;
import dev.arca.kmip.message.Credential;
import dev.arca.kmip.message.ProtocolVersion;
import dev.arca.kmip.message.RequestBatchItem;
import dev.arca.kmip.message.RequestHeader;
import dev.arca.kmip.message.RequestMessage;
import dev.arca.kmip.message.ResponseBatchItem;
import dev.arca.kmip.message.ResponseMessage;
import dev.arca.kmip.message.UsernamePassword;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvByteString;
import dev.arca.kmip.ttlv.TtlvStructure;
import dev.arca.kmip.ttlv.TtlvTextString;
import dev.arca.server.tls.TlsMaterial;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/** KMIP 1.4 request messages for the tests, and reading their answers. */
final class KmipRequests {

  private KmipRequests() {}

  static Authentication credential(String user, String password) {
    return Authentication.of(Credential.of(UsernamePassword.of(user, password)));
  }

  static Ttlv request(Optional<Authentication> auth, Operation op, Ttlv payload) {
    RequestHeader header = RequestHeader.of(ProtocolVersion.of(KmipVersion.V1_4), 1);
    if (auth.isPresent()) {
      header = header.withAuthentication(auth.get());
    }
    return TtlvBinder.encode(new RequestMessage(header, List.of(RequestBatchItem.of(op, payload))));
  }

  static Ttlv query(Optional<Authentication> auth) {
    return request(
        auth,
        Operation.QUERY,
        Ttlv.structure(
            Tag.REQUEST_PAYLOAD,
            Ttlv.enumeration(Tag.QUERY_FUNCTION, QueryFunction.QUERY_OPERATIONS.code())));
  }

  static Ttlv createAes(Optional<Authentication> auth) {
    return request(
        auth,
        Operation.CREATE,
        Ttlv.structure(
            Tag.REQUEST_PAYLOAD,
            Ttlv.enumeration(Tag.OBJECT_TYPE, ObjectType.SYMMETRIC_KEY.code()),
            Ttlv.structure(
                Tag.TEMPLATE_ATTRIBUTE,
                Ttlv.structure(
                    Tag.ATTRIBUTE,
                    Ttlv.text(Tag.ATTRIBUTE_NAME, "Cryptographic Algorithm"),
                    Ttlv.enumeration(Tag.ATTRIBUTE_VALUE, CryptographicAlgorithm.AES.code())),
                Ttlv.structure(
                    Tag.ATTRIBUTE,
                    Ttlv.text(Tag.ATTRIBUTE_NAME, "Cryptographic Length"),
                    Ttlv.integer(Tag.ATTRIBUTE_VALUE, 256)),
                Ttlv.structure(
                    Tag.ATTRIBUTE,
                    Ttlv.text(Tag.ATTRIBUTE_NAME, "Cryptographic Usage Mask"),
                    Ttlv.integer(Tag.ATTRIBUTE_VALUE, 12)))));
  }

  static Ttlv get(Optional<Authentication> auth, String id) {
    return request(
        auth,
        Operation.GET,
        Ttlv.structure(Tag.REQUEST_PAYLOAD, Ttlv.text(Tag.UNIQUE_IDENTIFIER, id)));
  }

  static ResponseBatchItem item(Ttlv response) {
    try {
      return TtlvBinder.decode(ResponseMessage.class, response).batchItems().get(0);
    } catch (KmipException e) {
      throw new AssertionError("not a response message: " + e.getMessage(), e);
    }
  }

  static String uniqueIdentifier(ResponseBatchItem item) {
    return ((TtlvStructure) item.responsePayload().orElseThrow())
        .child(Tag.UNIQUE_IDENTIFIER)
        .map(t -> ((TtlvTextString) t).value())
        .orElseThrow();
  }

  /** Every byte string under {@code item}, e.g. the Key Material of a Get. */
  static List<byte[]> byteStrings(Ttlv item) {
    List<byte[]> out = new ArrayList<>();
    if (item instanceof TtlvStructure) {
      for (Ttlv child : ((TtlvStructure) item).children()) {
        out.addAll(byteStrings(child));
      }
    } else if (item instanceof TtlvByteString) {
      out.add(((TtlvByteString) item).value());
    }
    return out;
  }

  /** A client certificate, its PKCS#8 key and the CAs to trust, from PEM texts. */
  static TlsMaterial material(String certificatePem, String keyPem, String caPem) {
    try {
      PrivateKey key;
      try (PEMParser p = new PEMParser(new StringReader(keyPem))) {
        key =
            new JcaPEMKeyConverter()
                .setProvider("BCFIPS")
                .getPrivateKey((PrivateKeyInfo) p.readObject());
      }
      return new TlsMaterial(key, certificates(certificatePem), certificates(caPem));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<X509Certificate> certificates(String pem) throws IOException {
    List<X509Certificate> out = new ArrayList<>();
    try (PEMParser p = new PEMParser(new StringReader(pem))) {
      for (Object o = p.readObject(); o != null; o = p.readObject()) {
        try {
          out.add(
              new JcaX509CertificateConverter()
                  .setProvider("BCFIPS")
                  .getCertificate((X509CertificateHolder) o));
        } catch (CertificateException e) {
          throw new IOException(e.getMessage(), e);
        }
      }
    }
    return out;
  }
}
