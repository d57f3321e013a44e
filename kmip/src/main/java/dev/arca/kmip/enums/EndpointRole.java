package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V2_0;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 2.1 §11.19 Endpoint Role Enumeration. */
public enum EndpointRole implements KmipEnum {
  CLIENT(0x00000001, "Client", "Client", V2_0),
  SERVER(0x00000002, "Server", "Server", V2_0);

  private static final EnumLookup<EndpointRole> LOOKUP = EnumLookup.of("Endpoint Role", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  EndpointRole(int code, String specName, String encodingName, KmipVersion since) {
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

  public static EndpointRole fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<EndpointRole> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<EndpointRole> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
