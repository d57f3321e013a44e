package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_3;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 1.3 §9.1.3.2.47, KMIP 2.1 §11.10 Client Registration Method Enumeration. */
public enum ClientRegistrationMethod implements KmipEnum {
  UNSPECIFIED(0x00000001, "Unspecified", "Unspecified", V1_3),
  SERVER_PRE_GENERATED(0x00000002, "Server Pre-Generated", "ServerPreGenerated", V1_3),
  SERVER_ON_DEMAND(0x00000003, "Server On-Demand", "ServerOnDemand", V1_3),
  CLIENT_GENERATED(0x00000004, "Client Generated", "ClientGenerated", V1_3),
  CLIENT_REGISTERED(0x00000005, "Client Registered", "ClientRegistered", V1_3);

  private static final EnumLookup<ClientRegistrationMethod> LOOKUP =
      EnumLookup.of("Client Registration Method", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  ClientRegistrationMethod(int code, String specName, String encodingName, KmipVersion since) {
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

  public static ClientRegistrationMethod fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<ClientRegistrationMethod> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<ClientRegistrationMethod> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
