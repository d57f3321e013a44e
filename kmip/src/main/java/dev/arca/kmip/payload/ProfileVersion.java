package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;

/** KMIP 2.1 §7.32 Table 384 Profile Version: the version of a profile, major and minor. */
@KmipStructure(Tag.PROFILE_VERSION)
public record ProfileVersion(
    @KmipField(Tag.PROFILE_VERSION_MAJOR) int profileVersionMajor,
    @KmipField(Tag.PROFILE_VERSION_MINOR) int profileVersionMinor) {

  @Override
  public String toString() {
    return profileVersionMajor + "." + profileVersionMinor;
  }
}
