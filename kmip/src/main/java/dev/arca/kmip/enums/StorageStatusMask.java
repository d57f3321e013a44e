package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_0;
import static dev.arca.kmip.KmipVersion.V2_0;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/**
 * KMIP 1.0 §9.1.3.3.2, KMIP 2.1 §12.3 Storage Status Mask.
 *
 * <p>Each constant is one bit; {@link #code()} is the bit's value. A mask on the wire is the OR of
 * its bits, see {@link KmipEnums#maskBits} and {@link KmipEnums#maskNames}.
 */
public enum StorageStatusMask implements KmipEnum {
  ON_LINE_STORAGE(0x00000001, "On-line storage", "OnLineStorage", V1_0),
  ARCHIVAL_STORAGE(0x00000002, "Archival storage", "ArchivalStorage", V1_0),
  DESTROYED_STORAGE(0x00000004, "Destroyed storage", "DestroyedStorage", V2_0);

  private static final EnumLookup<StorageStatusMask> LOOKUP =
      EnumLookup.of("Storage Status Mask", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  StorageStatusMask(int code, String specName, String encodingName, KmipVersion since) {
    this.code = code;
    this.specName = specName;
    this.encodingName = encodingName;
    this.since = since;
  }

  @Override
  public int code() {
    return code;
  }

  @Override
  public String specName() {
    return specName;
  }

  @Override
  public String encodingName() {
    return encodingName;
  }

  @Override
  public KmipVersion since() {
    return since;
  }

  public static StorageStatusMask fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<StorageStatusMask> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<StorageStatusMask> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
