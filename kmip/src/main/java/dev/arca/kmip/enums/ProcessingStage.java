package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V2_1;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 2.1 §11.40 Processing Stage Enumeration. */
public enum ProcessingStage implements KmipEnum {
  SUBMITTED(0x00000001, "Submitted", "Submitted", V2_1),
  IN_PROCESS(0x00000002, "In Process", "InProcess", V2_1),
  COMPLETED(0x00000003, "Completed", "Completed", V2_1);

  private static final EnumLookup<ProcessingStage> LOOKUP =
      EnumLookup.of("Processing Stage", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  ProcessingStage(int code, String specName, String encodingName, KmipVersion since) {
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

  public static ProcessingStage fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<ProcessingStage> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<ProcessingStage> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
