package dev.arca.kmip.message;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import java.util.Optional;

/** KMIP 2.1 §9.11 Table 412: the Device credential value. */
public record DeviceCredential(
    @KmipField(Tag.DEVICE_SERIAL_NUMBER) Optional<String> deviceSerialNumber,
    @KmipField(Tag.PASSWORD) Optional<String> password,
    @KmipField(Tag.DEVICE_IDENTIFIER) Optional<String> deviceIdentifier,
    @KmipField(Tag.NETWORK_IDENTIFIER) Optional<String> networkIdentifier,
    @KmipField(Tag.MACHINE_IDENTIFIER) Optional<String> machineIdentifier,
    @KmipField(Tag.MEDIA_IDENTIFIER) Optional<String> mediaIdentifier) {

  @Override
  public String toString() {
    return "DeviceCredential[" + deviceSerialNumber.orElse("-") + "]";
  }
}
