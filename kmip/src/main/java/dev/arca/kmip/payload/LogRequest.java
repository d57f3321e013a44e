package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.Objects;

/**
 * KMIP 2.1 §6.1.29 Table 250 Log request: a message the client asks the server to write to its log.
 *
 * @param logMessage the client's text, as sent
 */
@KmipStructure(Tag.REQUEST_PAYLOAD)
public record LogRequest(@KmipField(Tag.LOG_MESSAGE) String logMessage) implements RequestPayload {

  public LogRequest {
    Objects.requireNonNull(logMessage, "logMessage");
  }
}
