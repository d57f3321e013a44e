package dev.arca.core.crypto;

import static dev.arca.core.crypto.SymmetricCipherTest.assertReason;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.arca.core.crypto.CryptoException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The envelope format: header, associated data binding and tamper detection. */
class EnvelopeTest {

  private static final byte[] SECRET = "a wrapped key".getBytes(StandardCharsets.US_ASCII);

  private final CryptoModule module = Fixtures.module();

  private Envelope envelope(MasterKey current, MasterKey... older) {
    List<MasterKey> keys = new ArrayList<>(List.of(older));
    keys.add(current);
    return new Envelope(module, new MasterKeyRing(current, keys));
  }

  @Test
  void layoutIsVersionKeyIdIvCiphertextTag() throws CryptoException {
    Envelope envelope = envelope(MasterKey.generate(module, 7));
    byte[] sealed = envelope.seal(SECRET, Envelope.associatedData("obj", 1));
    assertThat(sealed).hasSize(1 + 4 + 12 + SECRET.length + 16);
    assertThat(sealed[0]).isEqualTo((byte) Envelope.VERSION);
    assertThat(Envelope.keyIdOf(sealed)).isEqualTo(7);
    byte[] again = envelope.seal(SECRET, Envelope.associatedData("obj", 1));
    assertThat(Arrays.copyOfRange(again, 5, 17))
        .as("fresh IV")
        .isNotEqualTo(Arrays.copyOfRange(sealed, 5, 17));
  }

  @Test
  void opensOnlyWithTheSameAssociatedData() throws CryptoException {
    Envelope envelope = envelope(MasterKey.generate(module, 1));
    byte[] sealed = envelope.seal(SECRET, Envelope.associatedData("obj-1", 4));
    assertThat(envelope.open(sealed, Envelope.associatedData("obj-1", 4))).isEqualTo(SECRET);
    assertReason(
            () -> envelope.open(sealed, Envelope.associatedData("obj-1", 5)),
            Reason.AUTHENTICATION_FAILED)
        .startsWith("envelope open: authentication failed")
        .doesNotContain("a wrapped key");
    assertReason(
        () -> envelope.open(sealed, Envelope.associatedData("obj-2", 4)),
        Reason.AUTHENTICATION_FAILED);
  }

  @Test
  void detectsTamperingAnywhere() throws CryptoException {
    Envelope envelope = envelope(MasterKey.generate(module, 2), MasterKey.generate(module, 1));
    byte[] aad = Envelope.associatedData("obj", 1);
    byte[] sealed = envelope.seal(SECRET, aad);
    for (int i = 0; i < sealed.length; i++) {
      byte[] tampered = sealed.clone();
      tampered[i] ^= 0x01;
      int position = i;
      // Version byte: unknown version. Key id: another (possibly known) key, which the header's
      // inclusion in the associated data also catches. Anything else: the GCM tag.
      assertThat(catchThrowableOfType(CryptoException.class, () -> envelope.open(tampered, aad)))
          .as("byte %d", position)
          .isNotNull();
    }
  }

  @Test
  void refusesMalformedInput() {
    Envelope envelope;
    try {
      envelope = envelope(MasterKey.generate(module, 1));
    } catch (CryptoException e) {
      throw new AssertionError(e);
    }
    assertReason(() -> envelope.open(new byte[10], new byte[0]), Reason.INVALID_INPUT)
        .isEqualTo("not a sealed envelope: too short");
    byte[] unknownVersion = new byte[40];
    unknownVersion[0] = 9;
    assertReason(() -> envelope.open(unknownVersion, new byte[0]), Reason.INVALID_INPUT)
        .isEqualTo("unknown envelope version 9");
    byte[] unknownKey = new byte[40];
    unknownKey[0] = 1;
    unknownKey[4] = 42;
    assertReason(() -> envelope.open(unknownKey, new byte[0]), Reason.INVALID_INPUT)
        .isEqualTo("envelope is sealed under master key 42, which is not loaded");
  }

  @Test
  void associatedDataIsUnambiguous() {
    assertThat(Envelope.associatedData("ab", 1)).isNotEqualTo(Envelope.associatedData("a", 1));
    assertThat(Envelope.associatedData("a1", 0)).hasSize(4 + 2 + 8);
  }
}
