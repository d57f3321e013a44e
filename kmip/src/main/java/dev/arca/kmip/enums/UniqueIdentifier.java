package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V2_0;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 2.1 §11.58 Unique Identifier Enumeration. */
public enum UniqueIdentifier implements KmipEnum {
  ID_PLACEHOLDER(0x00000001, "ID Placeholder", "IDPlaceholder", V2_0),
  CERTIFY(0x00000002, "Certify", "Certify", V2_0),
  CREATE(0x00000003, "Create", "Create", V2_0),
  CREATE_KEY_PAIR(0x00000004, "Create Key Pair", "CreateKeyPair", V2_0),
  CREATE_KEY_PAIR_PRIVATE_KEY(
      0x00000005, "Create Key Pair Private Key", "CreateKeyPairPrivateKey", V2_0),
  CREATE_KEY_PAIR_PUBLIC_KEY(
      0x00000006, "Create Key Pair Public Key", "CreateKeyPairPublicKey", V2_0),
  CREATE_SPLIT_KEY(0x00000007, "Create Split Key", "CreateSplitKey", V2_0),
  DERIVE_KEY(0x00000008, "Derive Key", "DeriveKey", V2_0),
  IMPORT(0x00000009, "Import", "Import", V2_0),
  JOIN_SPLIT_KEY(0x0000000A, "Join Split Key", "JoinSplitKey", V2_0),
  LOCATE(0x0000000B, "Locate", "Locate", V2_0),
  REGISTER(0x0000000C, "Register", "Register", V2_0),
  RE_KEY(0x0000000D, "Re-key", "ReKey", V2_0),
  RE_CERTIFY(0x0000000E, "Re-certify", "ReCertify", V2_0),
  RE_KEY_KEY_PAIR(0x0000000F, "Re-key Key Pair", "ReKeyKeyPair", V2_0),
  RE_KEY_KEY_PAIR_PRIVATE_KEY(
      0x00000010, "Re-key Key Pair Private Key", "ReKeyKeyPairPrivateKey", V2_0),
  RE_KEY_KEY_PAIR_PUBLIC_KEY(
      0x00000011, "Re-key Key Pair Public Key", "ReKeyKeyPairPublicKey", V2_0);

  private static final EnumLookup<UniqueIdentifier> LOOKUP =
      EnumLookup.of("Unique Identifier", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  UniqueIdentifier(int code, String specName, String encodingName, KmipVersion since) {
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

  public static UniqueIdentifier fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<UniqueIdentifier> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<UniqueIdentifier> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
