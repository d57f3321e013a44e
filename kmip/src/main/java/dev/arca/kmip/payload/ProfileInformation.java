package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.ProfileName;
import java.util.Objects;
import java.util.Optional;

/**
 * KMIP 1.4 §2.1.19 Table 40, KMIP 2.1 §7.31 Table 383 Profile Information: a profile the server
 * supports, in a Query response.
 *
 * @param profileVersion KMIP 2.0 and later
 * @param serverUri where the profile is offered, when not at this endpoint
 * @param serverPort the port at that URI
 */
@KmipStructure(Tag.PROFILE_INFORMATION)
public record ProfileInformation(
    @KmipField(Tag.PROFILE_NAME) ProfileName profileName,
    @KmipField(Tag.PROFILE_VERSION) Optional<ProfileVersion> profileVersion,
    @KmipField(Tag.SERVER_URI) Optional<String> serverUri,
    @KmipField(Tag.SERVER_PORT) Optional<Integer> serverPort) {

  public ProfileInformation {
    Objects.requireNonNull(profileName, "profileName");
  }

  public static ProfileInformation of(ProfileName profileName) {
    return new ProfileInformation(
        profileName, Optional.empty(), Optional.empty(), Optional.empty());
  }
}
