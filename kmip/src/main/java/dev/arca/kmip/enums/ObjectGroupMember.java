package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_1;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 1.1 §9.1.3.2.33, KMIP 2.1 §11.33 Object Group Member Enumeration. */
public enum ObjectGroupMember implements KmipEnum {
  GROUP_MEMBER_FRESH(0x00000001, "Group Member Fresh", "GroupMemberFresh", V1_1),
  GROUP_MEMBER_DEFAULT(0x00000002, "Group Member Default", "GroupMemberDefault", V1_1);

  private static final EnumLookup<ObjectGroupMember> LOOKUP =
      EnumLookup.of("Object Group Member", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  ObjectGroupMember(int code, String specName, String encodingName, KmipVersion since) {
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

  public static ObjectGroupMember fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<ObjectGroupMember> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<ObjectGroupMember> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
