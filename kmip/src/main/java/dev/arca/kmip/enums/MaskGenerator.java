package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_4;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Map;
import java.util.Optional;

/** KMIP 1.4 §9.1.3.2.49, KMIP 2.1 §11.30 Mask Generator Enumeration. */
public enum MaskGenerator implements KmipEnum {
  /**
   * KMIP 1.4 and RFC 8017 name it MGF1; the KMIP 2.0 and 2.1 tables print "MFG1", also accepted.
   */
  MGF1(0x00000001, "MGF1", "MGF1", V1_4);

  // Other names the tables print for a value; decoders accept them too.
  private static final EnumLookup<MaskGenerator> LOOKUP =
      EnumLookup.of(
          "Mask Generator",
          values(),
          Map.ofEntries(
              // KMIP 2.0 to 2.1: MFG1
              Map.entry("MFG1", MGF1)));

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  MaskGenerator(int code, String specName, String encodingName, KmipVersion since) {
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

  public static MaskGenerator fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<MaskGenerator> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<MaskGenerator> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
