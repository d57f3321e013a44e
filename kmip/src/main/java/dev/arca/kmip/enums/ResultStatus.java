package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_0;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 1.0 §9.1.3.2.27, KMIP 2.1 §11.47 Result Status Enumeration. */
public enum ResultStatus implements KmipEnum {
  SUCCESS(0x00000000, "Success", "Success", V1_0),
  OPERATION_FAILED(0x00000001, "Operation Failed", "OperationFailed", V1_0),
  OPERATION_PENDING(0x00000002, "Operation Pending", "OperationPending", V1_0),
  OPERATION_UNDONE(0x00000003, "Operation Undone", "OperationUndone", V1_0);

  private static final EnumLookup<ResultStatus> LOOKUP = EnumLookup.of("Result Status", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  ResultStatus(int code, String specName, String encodingName, KmipVersion since) {
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

  public static ResultStatus fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<ResultStatus> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<ResultStatus> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
