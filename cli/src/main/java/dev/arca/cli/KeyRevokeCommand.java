package dev.arca.cli;

import dev.arca.kmip.attribute.RevocationReason;
import dev.arca.kmip.attribute.UniqueIdentifierValue;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.RevocationReasonCode;
import dev.arca.kmip.payload.RevokeRequest;
import dev.arca.kmip.payload.RevokeResponse;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code arca key revoke}: a key stops protecting data (KMIP Revoke). */
@Command(
    name = "revoke",
    description = {
      "Revoke a key: it becomes Deactivated, or Compromised for key-compromise and"
          + " ca-compromise, and may then only process (decrypt, verify) existing data."
    },
    footer = {
      "",
      "Reasons: unspecified, key-compromise, ca-compromise, affiliation-changed, superseded,",
      "         cessation-of-operation (default), privilege-withdrawn",
      "",
      "Examples:",
      "  arca key revoke --name payments --version 0 --reason superseded",
      "  arca key revoke 8f0c3a52-7d8e-4c1e-9a55-0c9d1e6f2b41 --reason key-compromise \\",
      "      --compromise-date 2024-05-01T08:00:00Z"
    })
final class KeyRevokeCommand implements Callable<Integer> {

  @Mixin HelpOption help;
  @Mixin KeySelector key;
  @Mixin KmipConnectionOptions connection;
  @Mixin OutputOptions output;

  @Option(
      names = "--reason",
      paramLabel = "REASON",
      defaultValue = "cessation-of-operation",
      converter = ReasonConverter.class,
      completionCandidates = ReasonNames.class,
      description = "Why the key is revoked (default: ${DEFAULT-VALUE}).")
  RevocationReasonCode reason;

  @Option(
      names = "--compromise-date",
      paramLabel = "WHEN",
      description =
          "With key-compromise or ca-compromise: when it happened, ISO 8601"
              + " (e.g. 2024-05-01T08:00:00Z); default now.")
  String compromiseDate;

  @Override
  public Integer call() throws CliException {
    boolean compromise =
        reason == RevocationReasonCode.KEY_COMPROMISE
            || reason == RevocationReasonCode.CA_COMPROMISE;
    if (compromiseDate != null && !compromise) {
      throw new CliException(
          "--compromise-date goes with --reason key-compromise or ca-compromise");
    }
    Optional<Instant> when = Optional.empty();
    if (compromise) {
      try {
        when = Optional.of(compromiseDate == null ? Instant.now() : Instant.parse(compromiseDate));
      } catch (DateTimeParseException e) {
        throw new CliException(
            "--compromise-date '"
                + compromiseDate
                + "' is not ISO 8601, e.g. 2024-05-01T08:00:00Z");
      }
    }
    Optional<Instant> occurred = when;
    Map<String, Object> row =
        connection.call(
            client -> {
              String id = key.resolve(client);
              client.call(
                  Operation.REVOKE,
                  new RevokeRequest(
                      Optional.of(UniqueIdentifierValue.of(id)),
                      RevocationReason.of(reason),
                      occurred),
                  RevokeResponse.class);
              return KeyViews.summary(id, client.getAttributes(id));
            });
    output.out().message("Revoked key " + row.get("id") + KeyCreateCommand.describe(row), row);
    return 0;
  }

  /** Parses a revocation reason. */
  static final class ReasonConverter extends KmipNames.Converter<RevocationReasonCode> {
    ReasonConverter() {
      super(RevocationReasonCode.class, List.of("superseded", "key-compromise"));
    }
  }

  /** The values' CLI names, for shell completion. */
  static final class ReasonNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return KmipNames.cliNames(RevocationReasonCode.class).iterator();
    }
  }
}
