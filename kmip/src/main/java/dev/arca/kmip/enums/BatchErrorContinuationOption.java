package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_0;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 1.0 §9.1.3.2.29, KMIP 2.1 §11.5 Batch Error Continuation Option Enumeration. */
public enum BatchErrorContinuationOption implements KmipEnum {
  CONTINUE(0x00000001, "Continue", "Continue", V1_0),
  STOP(0x00000002, "Stop", "Stop", V1_0),
  UNDO(0x00000003, "Undo", "Undo", V1_0);

  private static final EnumLookup<BatchErrorContinuationOption> LOOKUP =
      EnumLookup.of("Batch Error Continuation Option", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  BatchErrorContinuationOption(int code, String specName, String encodingName, KmipVersion since) {
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

  public static BatchErrorContinuationOption fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<BatchErrorContinuationOption> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<BatchErrorContinuationOption> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
