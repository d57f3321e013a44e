package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V2_0;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 2.1 §11.57 Ticket Type Enumeration. */
public enum TicketType implements KmipEnum {
  LOGIN(0x00000001, "Login", "Login", V2_0);

  private static final EnumLookup<TicketType> LOOKUP = EnumLookup.of("Ticket Type", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  TicketType(int code, String specName, String encodingName, KmipVersion since) {
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

  public static TicketType fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<TicketType> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<TicketType> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
