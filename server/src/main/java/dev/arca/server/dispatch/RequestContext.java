package dev.arca.server.dispatch;

import dev.arca.core.access.Caller;
import dev.arca.core.crypto.CryptoService;
import dev.arca.core.key.KeyService;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.attribute.UniqueIdentifierValue;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.UniqueIdentifier;
import dev.arca.server.kmip.ConnectionInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a handler knows about the request it serves: who asks, in which protocol version, on which
 * listener, and the state its batch shares: the ID Placeholder (KMIP 1.4 §4) and the identifiers
 * earlier items assigned, which KMIP 2.x requests may refer to by name or index.
 */
public final class RequestContext {

  /** The state the items of one batch share. */
  static final class Batch {
    private String idPlaceholder;
    private final Map<UniqueIdentifier, String> byOperation = new EnumMap<>(UniqueIdentifier.class);
    private final List<String> assigned = new ArrayList<>();
  }

  private final Caller caller;
  private final KmipVersion version;
  private final ConnectionInfo connection;
  private final Instant now;
  private final Services services;
  private final Batch batch;
  private final List<String> touched = new ArrayList<>();

  RequestContext(
      Caller caller,
      KmipVersion version,
      ConnectionInfo connection,
      Instant now,
      Services services,
      Batch batch) {
    this.caller = caller;
    this.version = version;
    this.connection = connection;
    this.now = now;
    this.services = services;
    this.batch = batch;
  }

  public Caller caller() {
    return caller;
  }

  /** The protocol version of the request; the response is written in the same version. */
  public KmipVersion version() {
    return version;
  }

  public ConnectionInfo connection() {
    return connection;
  }

  /** The time the request is served at. */
  public Instant now() {
    return now;
  }

  public KeyService keys() {
    return services.keys();
  }

  public CryptoService crypto() {
    return services.crypto();
  }

  public ServerInfo server() {
    return services.server();
  }

  /** Whether key material may leave through Get on this listener. */
  public boolean keyExportAllowed() {
    return connection.listener().allowKeyExport();
  }

  /**
   * Records that this item assigned {@code id} (created, registered, re-keyed, located…): it
   * becomes the ID Placeholder for the items that follow, and KMIP 2.x requests may refer to it as
   * {@code kind} or by its index.
   */
  public void assigned(UniqueIdentifier kind, String id) {
    batch.idPlaceholder = id;
    batch.byOperation.put(kind, id);
    batch.assigned.add(id);
    touched(id);
  }

  /** Records an identifier for a reference by kind without moving the ID Placeholder. */
  public void alsoAssigned(UniqueIdentifier kind, String id) {
    batch.byOperation.put(kind, id);
    batch.assigned.add(id);
    touched(id);
  }

  /**
   * Empties the ID Placeholder, so that later items of the batch that leave out the Unique
   * Identifier fail: a Locate that found more than one object, a Check that refused (KMIP 2.1
   * §6.1.28, §6.1.7).
   */
  public void clearIdPlaceholder() {
    batch.idPlaceholder = null;
  }

  /** The current ID Placeholder. */
  public Optional<String> idPlaceholder() {
    return Optional.ofNullable(batch.idPlaceholder);
  }

  /**
   * The identifier a request names: its text, the one an earlier item assigned (a KMIP 2.x
   * enumeration or index), or — when the request leaves it out — the ID Placeholder.
   *
   * @throws KmipException Invalid Field when the request leaves the identifier out and the batch
   *     has no ID Placeholder, or refers to an identifier the batch never assigned
   */
  public String uniqueIdentifier(Optional<UniqueIdentifierValue> value) throws KmipException {
    String id;
    if (value.isEmpty()) {
      id = batch.idPlaceholder;
      if (id == null) {
        throw new KmipException(
            ResultReason.INVALID_FIELD,
            "no Unique Identifier given and no ID Placeholder set by an earlier batch item");
      }
    } else if (value.get().text().isPresent()) {
      id = value.get().text().get();
    } else if (value.get().reference().isPresent()) {
      UniqueIdentifier ref = value.get().reference().get();
      id =
          ref == UniqueIdentifier.ID_PLACEHOLDER ? batch.idPlaceholder : batch.byOperation.get(ref);
      if (id == null) {
        throw new KmipException(
            ResultReason.INVALID_FIELD,
            "no earlier batch item assigned a " + ref.specName() + " identifier");
      }
    } else {
      int index = value.get().index().getAsInt();
      int at = index >= 0 ? index : batch.assigned.size() + index;
      if (at < 0 || at >= batch.assigned.size()) {
        throw new KmipException(
            ResultReason.INVALID_FIELD, "no identifier at index " + index + " of this batch");
      }
      id = batch.assigned.get(at);
    }
    touched(id);
    return id;
  }

  /** Records an identifier this item read or changed, for the audit trail. */
  public void touched(String id) {
    if (!touched.contains(id)) {
      touched.add(id);
    }
  }

  List<String> touchedObjects() {
    return List.copyOf(touched);
  }
}
