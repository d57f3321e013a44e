package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_0;
import static dev.arca.kmip.KmipVersion.V1_1;
import static dev.arca.kmip.KmipVersion.V1_2;
import static dev.arca.kmip.KmipVersion.V1_3;
import static dev.arca.kmip.KmipVersion.V2_0;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 1.0 §9.1.3.2.23, KMIP 2.1 §11.44 Query Function Enumeration. */
public enum QueryFunction implements KmipEnum {
  QUERY_OPERATIONS(0x00000001, "Query Operations", "QueryOperations", V1_0),
  QUERY_OBJECTS(0x00000002, "Query Objects", "QueryObjects", V1_0),
  QUERY_SERVER_INFORMATION(0x00000003, "Query Server Information", "QueryServerInformation", V1_0),
  QUERY_APPLICATION_NAMESPACES(
      0x00000004, "Query Application Namespaces", "QueryApplicationNamespaces", V1_0),
  QUERY_EXTENSION_LIST(0x00000005, "Query Extension List", "QueryExtensionList", V1_1),
  QUERY_EXTENSION_MAP(0x00000006, "Query Extension Map", "QueryExtensionMap", V1_1),
  QUERY_ATTESTATION_TYPES(0x00000007, "Query Attestation Types", "QueryAttestationTypes", V1_2),
  QUERY_RNGS(0x00000008, "Query RNGs", "QueryRNGs", V1_3),
  QUERY_VALIDATIONS(0x00000009, "Query Validations", "QueryValidations", V1_3),
  QUERY_PROFILES(0x0000000A, "Query Profiles", "QueryProfiles", V1_3),
  QUERY_CAPABILITIES(0x0000000B, "Query Capabilities", "QueryCapabilities", V1_3),
  QUERY_CLIENT_REGISTRATION_METHODS(
      0x0000000C, "Query Client Registration Methods", "QueryClientRegistrationMethods", V1_3),
  QUERY_DEFAULTS_INFORMATION(
      0x0000000D, "Query Defaults Information", "QueryDefaultsInformation", V2_0),
  QUERY_STORAGE_PROTECTION_MASKS(
      0x0000000E, "Query Storage Protection Masks", "QueryStorageProtectionMasks", V2_0);

  private static final EnumLookup<QueryFunction> LOOKUP = EnumLookup.of("Query Function", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  QueryFunction(int code, String specName, String encodingName, KmipVersion since) {
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

  public static QueryFunction fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<QueryFunction> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<QueryFunction> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
