package dev.arca.kmip.object;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.SplitKeyMethod;
import java.math.BigInteger;
import java.util.Optional;

/**
 * KMIP 1.4 §2.2.5 Table 49, KMIP 2.1 §2.8 Table 9 Split Key: one part of a secret split into Split
 * Key Parts parts, Split Key Threshold of which rebuild it.
 *
 * @param keyPartIdentifier which part this is, from 1 to Split Key Parts
 * @param primeFieldSize required for Polynomial Sharing Prime Field only
 */
@KmipStructure(Tag.SPLIT_KEY)
public record SplitKey(
    @KmipField(Tag.SPLIT_KEY_PARTS) int splitKeyParts,
    @KmipField(Tag.KEY_PART_IDENTIFIER) int keyPartIdentifier,
    @KmipField(Tag.SPLIT_KEY_THRESHOLD) int splitKeyThreshold,
    @KmipField(Tag.SPLIT_KEY_METHOD) SplitKeyMethod splitKeyMethod,
    @KmipField(Tag.PRIME_FIELD_SIZE) Optional<BigInteger> primeFieldSize,
    KeyBlock keyBlock)
    implements ManagedObject {

  public SplitKey {
    if (keyPartIdentifier < 1 || keyPartIdentifier > splitKeyParts) {
      throw new IllegalArgumentException(
          "Key Part Identifier must be between 1 and Split Key Parts (" + splitKeyParts + ")");
    }
  }

  @Override
  public ObjectType objectType() {
    return ObjectType.SPLIT_KEY;
  }

  @Override
  public String toString() {
    return "SplitKey[part "
        + keyPartIdentifier
        + " of "
        + splitKeyParts
        + ", threshold "
        + splitKeyThreshold
        + ", "
        + splitKeyMethod.specName()
        + ", "
        + keyBlock
        + "]";
  }
}
