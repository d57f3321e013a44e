package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_0;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 1.0 §9.1.3.2.17, KMIP 2.1 §11.55 State Enumeration. */
public enum State implements KmipEnum {
  PRE_ACTIVE(0x00000001, "Pre-Active", "PreActive", V1_0),
  ACTIVE(0x00000002, "Active", "Active", V1_0),
  DEACTIVATED(0x00000003, "Deactivated", "Deactivated", V1_0),
  COMPROMISED(0x00000004, "Compromised", "Compromised", V1_0),
  DESTROYED(0x00000005, "Destroyed", "Destroyed", V1_0),
  DESTROYED_COMPROMISED(0x00000006, "Destroyed Compromised", "DestroyedCompromised", V1_0);

  private static final EnumLookup<State> LOOKUP = EnumLookup.of("State", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  State(int code, String specName, String encodingName, KmipVersion since) {
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

  public static State fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<State> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<State> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
