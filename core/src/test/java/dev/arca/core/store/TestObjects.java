package dev.arca.core.store;

import dev.arca.core.key.AttributeKey;
import dev.arca.core.key.AttributeSet;
import dev.arca.core.key.ManagedObject;
import dev.arca.core.key.MaterialState;
import dev.arca.core.key.SealedMaterial;
import dev.arca.kmip.Tag;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.KeyFormatType;
import dev.arca.kmip.enums.NameType;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.State;
import dev.arca.kmip.ttlv.Ttlv;
import java.time.Instant;
import java.util.Optional;

/** Builds managed objects for store and state tests. */
public final class TestObjects {

  private final String id;
  private ObjectType type = ObjectType.SYMMETRIC_KEY;
  private final AttributeSet.Builder attributes = AttributeSet.builder();
  private Optional<String> owner = Optional.empty();
  private Optional<String> keyName = Optional.empty();
  private int keyVersion;
  private MaterialState materialState = MaterialState.ONLINE;
  private Optional<SealedMaterial> material = Optional.empty();
  private long revision = 1;

  private TestObjects(String id) {
    this.id = id;
  }

  /** A Pre-Active AES-256 symmetric key with 48 bytes of stand-in sealed material. */
  public static TestObjects key(String id) {
    return new TestObjects(id)
        .state(State.PRE_ACTIVE)
        .algorithm(CryptographicAlgorithm.AES)
        .length(256)
        .material(envelope(id));
  }

  /**
   * Arbitrary bytes standing in for an envelope; derived from {@code seed} so tests can compare.
   */
  public static SealedMaterial envelope(String seed) {
    byte[] b = new byte[48];
    byte[] s = seed.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (s[i % s.length] * 31 + i);
    }
    return new SealedMaterial(KeyFormatType.RAW, b);
  }

  public TestObjects type(ObjectType t) {
    this.type = t;
    return this;
  }

  public TestObjects state(State s) {
    attributes.set(Ttlv.enumeration(Tag.STATE, s.code()));
    return this;
  }

  public TestObjects algorithm(CryptographicAlgorithm a) {
    attributes.set(Ttlv.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, a.code()));
    return this;
  }

  public TestObjects length(int bits) {
    attributes.set(Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, bits));
    return this;
  }

  public TestObjects name(String name) {
    attributes.add(
        Ttlv.structure(
            Tag.NAME,
            Ttlv.text(Tag.NAME_VALUE, name),
            Ttlv.enumeration(Tag.NAME_TYPE, NameType.UNINTERPRETED_TEXT_STRING.code())));
    return this;
  }

  public TestObjects date(Tag tag, Instant t) {
    attributes.set(Ttlv.dateTime(tag, t));
    return this;
  }

  public TestObjects custom(String vendor, String name, String value) {
    attributes.add(AttributeKey.custom(vendor, name), Ttlv.text(Tag.ATTRIBUTE_VALUE, value));
    return this;
  }

  public TestObjects owner(String o) {
    this.owner = Optional.of(o);
    return this;
  }

  public TestObjects version(String name, int version) {
    this.keyName = Optional.of(name);
    this.keyVersion = version;
    return this;
  }

  public TestObjects material(SealedMaterial m) {
    this.material = Optional.of(m);
    return this;
  }

  public TestObjects materialState(MaterialState s, Optional<SealedMaterial> m) {
    this.materialState = s;
    this.material = m;
    return this;
  }

  public TestObjects revision(long r) {
    this.revision = r;
    return this;
  }

  public ManagedObject build() {
    return new ManagedObject(
        id,
        type,
        attributes.build(),
        owner,
        keyName,
        keyVersion,
        materialState,
        material,
        revision);
  }
}
