package dev.arca.kmip.attribute;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.List;

/**
 * KMIP 2.1 §7.33 Table 385 Protection Storage Masks: the alternatives a client accepts, each a
 * Protection Storage Mask (§12.2) that the server must satisfy in its entirety. The same layout is
 * written as Common, Private and Public Protection Storage Masks in Create Key Pair and Re-key Key
 * Pair.
 */
@KmipStructure(Tag.PROTECTION_STORAGE_MASKS)
public record ProtectionStorageMasks(
    @KmipField(Tag.PROTECTION_STORAGE_MASK) List<Integer> protectionStorageMasks) {

  public ProtectionStorageMasks {
    protectionStorageMasks = List.copyOf(protectionStorageMasks);
  }

  public static ProtectionStorageMasks of(int... masks) {
    Integer[] boxed = new Integer[masks.length];
    for (int i = 0; i < masks.length; i++) {
      boxed[i] = masks[i];
    }
    return new ProtectionStorageMasks(List.of(boxed));
  }
}
