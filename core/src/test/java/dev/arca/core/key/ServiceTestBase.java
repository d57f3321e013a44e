package dev.arca.core.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.arca.core.access.Caller;
import dev.arca.core.key.testing.Backend;
import dev.arca.core.key.testing.KeyServiceFixture;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Link;
import dev.arca.kmip.attribute.Name;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.LinkType;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.ttlv.Ttlv;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the key service tests share: a fixture on the backend the concrete class is run with, and
 * small builders. Every concrete class runs once per {@link Backend}.
 */
abstract class ServiceTestBase {

  static final Caller ALICE = KeyServiceFixture.ALICE;
  static final Caller BOB = KeyServiceFixture.BOB;

  /** A self-signed EC P-256 certificate (CN=arca-test, O=Arca), made with openssl for the tests. */
  static final byte[] CERTIFICATE =
      Base64.getDecoder()
          .decode(
              "MIIBnDCCAUOgAwIBAgIUUa89UoI1ZnKPm+Qx3Rz8MLeQ9dEwCgYIKoZIzj0EAwIwIzESMBAGA1UEAwwJ"
                  + "YXJjYS10ZXN0MQ0wCwYDVQQKDARBcmNhMCAXDTI2MTEyODE5MzY1M1oYDzIxMjYxMTA0MTkzNjUz"
                  + "WjAjMRIwEAYDVQQDDAlhcmNhLXRlc3QxDTALBgNVBAoMBEFyY2EwWTATBgcqhkjOPQIBBggqhkjO"
                  + "PQMBBwNCAARYfnVCsnvarg7ojy2VjY5xe32bYFjqGi6JUQAEqIYlsc9wfyljDesLLYGf2dl2abkv"
                  + "3Lk7cakVrdQdhTmkNqm/o1MwUTAdBgNVHQ4EFgQUzCI+ugaTwjxrqNZEU+jDCOsPpIAwHwYDVR0j"
                  + "BBgwFoAUzCI+ugaTwjxrqNZEU+jDCOsPpIAwDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNH"
                  + "ADBEAiAxi4th8iL955ZyS8Gv+oCaYm6MLHFTu67h39aOQ81QowIgDF407jYGGufXUy6qPVcjoNKZ"
                  + "/vyRS3xGQz4020JeJNI=");

  final Backend backend;
  @TempDir Path dir;
  KeyServiceFixture fx;
  KeyService service;

  ServiceTestBase(Backend backend) {
    this.backend = backend;
  }

  @BeforeEach
  void openFixture() {
    fx = KeyServiceFixture.open(backend, dir);
    service = fx.service;
  }

  @AfterEach
  void closeFixture() throws Exception {
    fx.close();
  }

  static Ttlv name(String n) {
    return TtlvBinder.encode(Tag.NAME, Name.of(n));
  }

  static Ttlv link(LinkType type, String id) {
    return TtlvBinder.encode(Tag.LINK, Link.of(type, id));
  }

  static AttributeSet attrs(Ttlv... items) {
    AttributeSet.Builder b = AttributeSet.builder();
    for (Ttlv t : items) {
      b.add(t);
    }
    return b.build();
  }

  static Ttlv algorithm(CryptographicAlgorithm a) {
    return Ttlv.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, a.code());
  }

  static Ttlv length(int bits) {
    return Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, bits);
  }

  /** An AES-128 key, named if {@code keyName} is not null. */
  ManagedObjectView aes(Caller caller, String keyName) throws KmipException {
    List<Ttlv> items = new ArrayList<>();
    items.add(algorithm(CryptographicAlgorithm.AES));
    items.add(length(128));
    if (keyName != null) {
      items.add(name(keyName));
    }
    return service.create(caller, ObjectType.SYMMETRIC_KEY, attrs(items.toArray(new Ttlv[0])));
  }

  static List<Link> links(ManagedObjectView v) throws KmipException {
    return v.attributes().records(Tag.LINK, Link.class);
  }

  static List<String> linked(ManagedObjectView v, LinkType type) throws KmipException {
    List<String> out = new ArrayList<>();
    for (Link l : links(v)) {
      if (l.linkType() == type) {
        out.add(l.linkedObjectIdentifier().text().orElseThrow());
      }
    }
    return out;
  }

  @FunctionalInterface
  interface Call {
    Object run() throws Exception;
  }

  static KmipException refused(Call call, ResultReason reason) {
    Throwable t = catchThrowable(call::run);
    assertThat(t).isInstanceOf(KmipException.class);
    KmipException e = (KmipException) t;
    assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason);
    return e;
  }

  static void assertRefused(Call call, ResultReason reason) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            KmipException.class, e -> assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason));
  }
}
