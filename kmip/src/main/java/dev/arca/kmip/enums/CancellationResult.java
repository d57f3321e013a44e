package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_0;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 1.0 §9.1.3.2.24, KMIP 2.1 §11.7 Cancellation Result Enumeration. */
public enum CancellationResult implements KmipEnum {
  CANCELED(0x00000001, "Canceled", "Canceled", V1_0),
  UNABLE_TO_CANCEL(0x00000002, "Unable to Cancel", "UnableToCancel", V1_0),
  COMPLETED(0x00000003, "Completed", "Completed", V1_0),
  FAILED(0x00000004, "Failed", "Failed", V1_0),
  UNAVAILABLE(0x00000005, "Unavailable", "Unavailable", V1_0);

  private static final EnumLookup<CancellationResult> LOOKUP =
      EnumLookup.of("Cancellation Result", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  CancellationResult(int code, String specName, String encodingName, KmipVersion since) {
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

  public static CancellationResult fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<CancellationResult> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<CancellationResult> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
