package dev.arca.kmip.message;

import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.Optional;

/** KMIP 1.4 §6.1 / 2.1 §9.14 Protocol Version. */
@KmipStructure(Tag.PROTOCOL_VERSION)
public record ProtocolVersion(
    @KmipField(Tag.PROTOCOL_VERSION_MAJOR) int major,
    @KmipField(Tag.PROTOCOL_VERSION_MINOR) int minor) {

  public static ProtocolVersion of(KmipVersion v) {
    return new ProtocolVersion(v.major(), v.minor());
  }

  /** The version, if Arca speaks it. */
  public Optional<KmipVersion> known() {
    return KmipVersion.of(major, minor);
  }

  @Override
  public String toString() {
    return major + "." + minor;
  }
}
