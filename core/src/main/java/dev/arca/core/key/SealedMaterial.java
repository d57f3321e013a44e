package dev.arca.core.key;

import dev.arca.kmip.enums.KeyFormatType;
import java.util.Arrays;
import java.util.Objects;

/**
 * Key material as it is stored: AES-256-GCM encrypted under the master key with the object id and
 * version as associated data (see {@code dev.arca.core.crypto}), with the format of the plaintext.
 *
 * @param format the format of the material once opened (Raw for symmetric keys and secret data,
 *     PKCS#8 for private keys, X.509 for public keys and certificates, Opaque for opaque objects)
 * @param envelope the sealed bytes
 */
public record SealedMaterial(KeyFormatType format, byte[] envelope) {

  public SealedMaterial {
    Objects.requireNonNull(format, "format");
    envelope = envelope.clone();
  }

  @Override
  public byte[] envelope() {
    return envelope.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SealedMaterial s
        && s.format == format
        && Arrays.equals(s.envelope, envelope);
  }

  @Override
  public int hashCode() {
    return 31 * format.hashCode() + Arrays.hashCode(envelope);
  }

  @Override
  public String toString() {
    return "SealedMaterial[" + format.specName() + ", " + envelope.length + " bytes]";
  }
}
