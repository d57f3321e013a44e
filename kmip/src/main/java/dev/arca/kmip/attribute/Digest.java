package dev.arca.kmip.attribute;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.HashingAlgorithm;
import dev.arca.kmip.enums.KeyFormatType;
import java.util.Optional;

/**
 * KMIP 1.4 §3.17 Table 88, KMIP 2.1 §4.21 Table 69 Digest.
 *
 * @param digestValue absent when the server has no access to the key material
 * @param keyFormatType the format that was hashed; present for keys and secret data
 */
@KmipStructure(Tag.DIGEST)
public record Digest(
    @KmipField(Tag.HASHING_ALGORITHM) HashingAlgorithm hashingAlgorithm,
    @KmipField(Tag.DIGEST_VALUE) Optional<byte[]> digestValue,
    @KmipField(Tag.KEY_FORMAT_TYPE) Optional<KeyFormatType> keyFormatType) {

  /** A digest of a low-entropy secret helps a brute-force search, so only its length is shown. */
  @Override
  public String toString() {
    return "Digest["
        + hashingAlgorithm.specName()
        + digestValue.map(d -> ", <" + d.length + " bytes>").orElse("")
        + keyFormatType.map(k -> ", " + k.specName()).orElse("")
        + "]";
  }
}
