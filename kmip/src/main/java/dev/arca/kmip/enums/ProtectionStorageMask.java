package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V2_0;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/**
 * KMIP 2.1 §12.2 Protection Storage Mask.
 *
 * <p>Each constant is one bit; {@link #code()} is the bit's value. A mask on the wire is the OR of
 * its bits, see {@link KmipEnums#maskBits} and {@link KmipEnums#maskNames}.
 */
public enum ProtectionStorageMask implements KmipEnum {
  SOFTWARE(0x00000001, "Software", "Software", V2_0),
  HARDWARE(0x00000002, "Hardware", "Hardware", V2_0),
  ON_PROCESSOR(0x00000004, "On Processor", "OnProcessor", V2_0),
  ON_SYSTEM(0x00000008, "On System", "OnSystem", V2_0),
  OFF_SYSTEM(0x00000010, "Off System", "OffSystem", V2_0),
  HYPERVISOR(0x00000020, "Hypervisor", "Hypervisor", V2_0),
  OPERATING_SYSTEM(0x00000040, "Operating System", "OperatingSystem", V2_0),
  CONTAINER(0x00000080, "Container", "Container", V2_0),
  ON_PREMISES(0x00000100, "On Premises", "OnPremises", V2_0),
  OFF_PREMISES(0x00000200, "Off Premises", "OffPremises", V2_0),
  SELF_MANAGED(0x00000400, "Self Managed", "SelfManaged", V2_0),
  OUTSOURCED(0x00000800, "Outsourced", "Outsourced", V2_0),
  VALIDATED(0x00001000, "Validated", "Validated", V2_0),
  SAME_JURISDICTION(0x00002000, "Same Jurisdiction", "SameJurisdiction", V2_0);

  private static final EnumLookup<ProtectionStorageMask> LOOKUP =
      EnumLookup.of("Protection Storage Mask", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  ProtectionStorageMask(int code, String specName, String encodingName, KmipVersion since) {
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

  public static ProtectionStorageMask fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<ProtectionStorageMask> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<ProtectionStorageMask> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
