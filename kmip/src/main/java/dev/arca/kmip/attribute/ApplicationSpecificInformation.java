package dev.arca.kmip.attribute;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.Optional;

/**
 * KMIP 1.4 §3.36 Table 131, KMIP 2.1 §4.4 Table 35 Application Specific Information.
 *
 * @param applicationData absent when the client asks the server to fill it in
 */
@KmipStructure(Tag.APPLICATION_SPECIFIC_INFORMATION)
public record ApplicationSpecificInformation(
    @KmipField(Tag.APPLICATION_NAMESPACE) String applicationNamespace,
    @KmipField(Tag.APPLICATION_DATA) Optional<String> applicationData) {

  public static ApplicationSpecificInformation of(String namespace, String data) {
    return new ApplicationSpecificInformation(namespace, Optional.of(data));
  }
}
