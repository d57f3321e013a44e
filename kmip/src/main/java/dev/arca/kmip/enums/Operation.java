package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_0;
import static dev.arca.kmip.KmipVersion.V1_1;
import static dev.arca.kmip.KmipVersion.V1_2;
import static dev.arca.kmip.KmipVersion.V1_4;
import static dev.arca.kmip.KmipVersion.V2_0;
import static dev.arca.kmip.KmipVersion.V2_1;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 1.0 §9.1.3.2.26, KMIP 2.1 §11.36 Operation Enumeration. */
public enum Operation implements KmipEnum {
  CREATE(0x00000001, "Create", "Create", V1_0),
  CREATE_KEY_PAIR(0x00000002, "Create Key Pair", "CreateKeyPair", V1_0),
  REGISTER(0x00000003, "Register", "Register", V1_0),
  RE_KEY(0x00000004, "Re-key", "ReKey", V1_0),
  DERIVE_KEY(0x00000005, "Derive Key", "DeriveKey", V1_0),
  CERTIFY(0x00000006, "Certify", "Certify", V1_0),
  RE_CERTIFY(0x00000007, "Re-certify", "ReCertify", V1_0),
  LOCATE(0x00000008, "Locate", "Locate", V1_0),
  CHECK(0x00000009, "Check", "Check", V1_0),
  GET(0x0000000A, "Get", "Get", V1_0),
  GET_ATTRIBUTES(0x0000000B, "Get Attributes", "GetAttributes", V1_0),
  GET_ATTRIBUTE_LIST(0x0000000C, "Get Attribute List", "GetAttributeList", V1_0),
  ADD_ATTRIBUTE(0x0000000D, "Add Attribute", "AddAttribute", V1_0),
  MODIFY_ATTRIBUTE(0x0000000E, "Modify Attribute", "ModifyAttribute", V1_0),
  DELETE_ATTRIBUTE(0x0000000F, "Delete Attribute", "DeleteAttribute", V1_0),
  OBTAIN_LEASE(0x00000010, "Obtain Lease", "ObtainLease", V1_0),
  GET_USAGE_ALLOCATION(0x00000011, "Get Usage Allocation", "GetUsageAllocation", V1_0),
  ACTIVATE(0x00000012, "Activate", "Activate", V1_0),
  REVOKE(0x00000013, "Revoke", "Revoke", V1_0),
  DESTROY(0x00000014, "Destroy", "Destroy", V1_0),
  ARCHIVE(0x00000015, "Archive", "Archive", V1_0),
  RECOVER(0x00000016, "Recover", "Recover", V1_0),
  VALIDATE(0x00000017, "Validate", "Validate", V1_0),
  QUERY(0x00000018, "Query", "Query", V1_0),
  CANCEL(0x00000019, "Cancel", "Cancel", V1_0),
  POLL(0x0000001A, "Poll", "Poll", V1_0),
  NOTIFY(0x0000001B, "Notify", "Notify", V1_0),
  PUT(0x0000001C, "Put", "Put", V1_0),
  RE_KEY_KEY_PAIR(0x0000001D, "Re-key Key Pair", "ReKeyKeyPair", V1_1),
  DISCOVER_VERSIONS(0x0000001E, "Discover Versions", "DiscoverVersions", V1_1),
  ENCRYPT(0x0000001F, "Encrypt", "Encrypt", V1_2),
  DECRYPT(0x00000020, "Decrypt", "Decrypt", V1_2),
  SIGN(0x00000021, "Sign", "Sign", V1_2),
  SIGNATURE_VERIFY(0x00000022, "Signature Verify", "SignatureVerify", V1_2),
  MAC(0x00000023, "MAC", "MAC", V1_2),
  MAC_VERIFY(0x00000024, "MAC Verify", "MACVerify", V1_2),
  RNG_RETRIEVE(0x00000025, "RNG Retrieve", "RNGRetrieve", V1_2),
  RNG_SEED(0x00000026, "RNG Seed", "RNGSeed", V1_2),
  HASH(0x00000027, "Hash", "Hash", V1_2),
  CREATE_SPLIT_KEY(0x00000028, "Create Split Key", "CreateSplitKey", V1_2),
  JOIN_SPLIT_KEY(0x00000029, "Join Split Key", "JoinSplitKey", V1_2),
  IMPORT(0x0000002A, "Import", "Import", V1_4),
  EXPORT(0x0000002B, "Export", "Export", V1_4),
  LOG(0x0000002C, "Log", "Log", V2_0),
  LOGIN(0x0000002D, "Login", "Login", V2_0),
  LOGOUT(0x0000002E, "Logout", "Logout", V2_0),
  DELEGATED_LOGIN(0x0000002F, "Delegated Login", "DelegatedLogin", V2_0),
  ADJUST_ATTRIBUTE(0x00000030, "Adjust Attribute", "AdjustAttribute", V2_0),
  SET_ATTRIBUTE(0x00000031, "Set Attribute", "SetAttribute", V2_0),
  SET_ENDPOINT_ROLE(0x00000032, "Set Endpoint Role", "SetEndpointRole", V2_0),
  PKCS_11(0x00000033, "PKCS#11", "PKCS_11", V2_0),
  INTEROP(0x00000034, "Interop", "Interop", V2_0),
  RE_PROVISION(0x00000035, "Re-Provision", "ReProvision", V2_0),
  SET_DEFAULTS(0x00000036, "Set Defaults", "SetDefaults", V2_1),
  SET_CONSTRAINTS(0x00000037, "Set Constraints", "SetConstraints", V2_1),
  GET_CONSTRAINTS(0x00000038, "Get Constraints", "GetConstraints", V2_1),
  QUERY_ASYNCHRONOUS_REQUESTS(
      0x00000039, "Query Asynchronous Requests", "QueryAsynchronousRequests", V2_1),
  PROCESS(0x0000003A, "Process", "Process", V2_1),
  PING(0x0000003B, "Ping", "Ping", V2_1);

  private static final EnumLookup<Operation> LOOKUP = EnumLookup.of("Operation", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  Operation(int code, String specName, String encodingName, KmipVersion since) {
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

  public static Operation fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<Operation> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<Operation> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
