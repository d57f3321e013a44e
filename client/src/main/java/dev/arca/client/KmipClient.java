package dev.arca.client;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.AttributeReference;
import dev.arca.kmip.attribute.Attributes;
import dev.arca.kmip.attribute.CryptographicParameters;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.CryptographicUsageMask;
import dev.arca.kmip.enums.KeyFormatType;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.QueryFunction;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.ResultStatus;
import dev.arca.kmip.enums.RevocationReasonCode;
import dev.arca.kmip.enums.ValidityIndicator;
import dev.arca.kmip.message.Authentication;
import dev.arca.kmip.message.Credential;
import dev.arca.kmip.message.ProtocolVersion;
import dev.arca.kmip.message.RequestBatchItem;
import dev.arca.kmip.message.RequestHeader;
import dev.arca.kmip.message.RequestMessage;
import dev.arca.kmip.message.ResponseBatchItem;
import dev.arca.kmip.message.ResponseMessage;
import dev.arca.kmip.message.UsernamePassword;
import dev.arca.kmip.object.ManagedObject;
import dev.arca.kmip.payload.ActivateRequest;
import dev.arca.kmip.payload.ActivateResponse;
import dev.arca.kmip.payload.CreateKeyPairResponse;
import dev.arca.kmip.payload.CreateResponse;
import dev.arca.kmip.payload.DecryptRequest;
import dev.arca.kmip.payload.DecryptResponse;
import dev.arca.kmip.payload.DestroyRequest;
import dev.arca.kmip.payload.DestroyResponse;
import dev.arca.kmip.payload.DiscoverVersionsRequest;
import dev.arca.kmip.payload.DiscoverVersionsResponse;
import dev.arca.kmip.payload.EncryptRequest;
import dev.arca.kmip.payload.EncryptResponse;
import dev.arca.kmip.payload.GetAttributeListRequest;
import dev.arca.kmip.payload.GetAttributeListResponse;
import dev.arca.kmip.payload.GetAttributesResponse;
import dev.arca.kmip.payload.GetResponse;
import dev.arca.kmip.payload.LocateResponse;
import dev.arca.kmip.payload.MacRequest;
import dev.arca.kmip.payload.MacResponse;
import dev.arca.kmip.payload.MacVerifyRequest;
import dev.arca.kmip.payload.MacVerifyResponse;
import dev.arca.kmip.payload.Payloads;
import dev.arca.kmip.payload.QueryRequest;
import dev.arca.kmip.payload.QueryResponse;
import dev.arca.kmip.payload.ReKeyResponse;
import dev.arca.kmip.payload.RegisterResponse;
import dev.arca.kmip.payload.RequestPayload;
import dev.arca.kmip.payload.ResponsePayload;
import dev.arca.kmip.payload.RevokeRequest;
import dev.arca.kmip.payload.RevokeResponse;
import dev.arca.kmip.payload.RngRetrieveRequest;
import dev.arca.kmip.payload.RngRetrieveResponse;
import dev.arca.kmip.payload.SignRequest;
import dev.arca.kmip.payload.SignResponse;
import dev.arca.kmip.payload.SignatureVerifyRequest;
import dev.arca.kmip.payload.SignatureVerifyResponse;
import dev.arca.kmip.ttlv.DecodeException;
import dev.arca.kmip.ttlv.DecodeLimits;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvDecoder;
import dev.arca.kmip.ttlv.TtlvEncoder;
import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A KMIP client over mutual TLS, for Arca and other KMIP servers: typed methods for the common
 * operations, a raw path for the rest, a pool of connections, and failover between server
 * addresses. Thread-safe; create one per application and {@link #close()} it at the end.
 *
 * <pre>{@code
 * try (KmipClient kmip = KmipClient.builder().bundle(Path.of("/etc/arca/client")).build()) {
 *   String id = kmip.createSymmetricKey("payments", CryptographicAlgorithm.AES, 256,
 *       CryptographicUsageMask.ENCRYPT, CryptographicUsageMask.DECRYPT);
 *   kmip.activate(id);
 *   Encrypted e = kmip.encrypt(id, gcm, plaintext);
 *   byte[] back = kmip.decrypt(id, gcm, e);
 * }
 * }</pre>
 *
 * <h2>Failures</h2>
 *
 * Every request method throws {@link KmipClientException} when the server answered and refused (it
 * carries the Result Reason and message), and {@link IOException} when no answer came:
 *
 * <ul>
 *   <li>{@link ServerUnavailableException}: no address took the request. It was never processed.
 *   <li>{@link RequestOutcomeUnknownException}: the connection failed after a request that changes
 *       state was sent. It may or may not have been carried out.
 *   <li>other {@code IOException}s: a response that does not decode, every pooled connection busy,
 *       a closed client.
 * </ul>
 *
 * <h2>Failover and retries</h2>
 *
 * The addresses are nodes of one cluster (or one server). Each request goes to a pooled connection
 * if one is idle, else to a new connection to the address that last worked, else to the next
 * addresses in order. The rule for sending a request again:
 *
 * <ol>
 *   <li>A failure <em>before</em> the request was sent (connection refused, connect or TLS
 *       handshake timeout, handshake refused, unknown host, or writing the request failed so that
 *       the whole message never left) moves on to the next address, whatever the operation: the
 *       server never saw the complete request.
 *   <li>A failure <em>after</em> the request was sent (reset, end of stream, read timeout) retries
 *       on another connection only if the request is idempotent: Discover Versions, Query, Locate,
 *       Check, Get, Get Attributes, Get Attribute List, and the single-part cryptographic
 *       operations (Encrypt, Decrypt, Sign, Signature Verify, MAC, MAC Verify, Hash, RNG Retrieve).
 *       Any other request may already have been carried out and fails with {@link
 *       RequestOutcomeUnknownException}; the client never sends it twice.
 *   <li>A KMIP error response is an answer, never retried.
 * </ol>
 *
 * Each address is tried at most once per request (plus one pooled connection), so a request takes
 * at most about {@code addresses × (connect timeout + read timeout)}.
 *
 * <h2>Protocol versions</h2>
 *
 * The client speaks one version, 2.1 unless {@link Builder#protocolVersion} says otherwise. The
 * typed methods take attributes in the KMIP 2.x form ({@link Attributes}, see {@link KeyAttributes}
 * and {@link KeyQuery}) and convert them when speaking 1.x. The raw {@link #call} methods send
 * payloads as given.
 */
public final class KmipClient implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(KmipClient.class);

  private final List<ServerAddress> addresses;
  private final SSLContext tls;
  private final KmipVersion version;
  private final VersionForms forms;
  private final Optional<Authentication> authentication;
  private final Optional<String> username;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration maxIdle;
  private final ConnectionPool pool;
  private final TtlvEncoder encoder = new TtlvEncoder();
  private final TtlvDecoder decoder;

  /** The index of the address that last accepted a connection; new connections start there. */
  private final AtomicInteger preferred = new AtomicInteger();

  private KmipClient(Builder b, SSLContext tls, Optional<Authentication> authentication) {
    this.addresses = List.copyOf(b.addresses);
    this.tls = tls;
    this.version = b.version;
    this.forms = new VersionForms(b.version);
    this.authentication = authentication;
    this.username = Optional.ofNullable(b.username);
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.maxIdle = b.maxIdle;
    this.pool = new ConnectionPool(b.poolSize);
    this.decoder = new TtlvDecoder(new DecodeLimits(b.maxResponseBytes, 64));
  }

  /** Starts the settings of a client. */
  public static Builder builder() {
    return new Builder();
  }

  /** The protocol version this client speaks. */
  public KmipVersion protocolVersion() {
    return version;
  }

  /** The server addresses, in failover order. */
  public List<ServerAddress> addresses() {
    return addresses;
  }

  // Discovery.

  /**
   * Discover Versions (KMIP 2.1 §6.1.15): the versions the server speaks, newest first, among
   * {@code offered} (all of them when none is given).
   */
  public List<ProtocolVersion> discoverVersions(ProtocolVersion... offered)
      throws KmipClientException, IOException {
    return call(
            Operation.DISCOVER_VERSIONS,
            DiscoverVersionsRequest.of(offered),
            DiscoverVersionsResponse.class)
        .protocolVersions();
  }

  /** Query (KMIP 2.1 §6.1.37): what the server supports. */
  public QueryResponse query(QueryFunction... functions) throws KmipClientException, IOException {
    return call(Operation.QUERY, QueryRequest.of(functions), QueryResponse.class);
  }

  // Creating objects.

  /**
   * Create (KMIP 2.1 §6.1.8): a symmetric key the server generates with {@code attributes}
   * (algorithm, length, usage mask, name, …).
   *
   * @return the new key's Unique Identifier
   */
  public String create(Attributes attributes) throws KmipClientException, IOException {
    return call(
            Operation.CREATE,
            forms.create(ObjectType.SYMMETRIC_KEY, attributes),
            CreateResponse.class)
        .uniqueIdentifier();
  }

  /**
   * Creates a named symmetric key: {@code algorithm} (e.g. AES) of {@code length} bits, usable for
   * {@code usage}. The key starts Pre-Active; {@link #activate} it.
   */
  public String createSymmetricKey(
      String name, CryptographicAlgorithm algorithm, int length, CryptographicUsageMask... usage)
      throws KmipClientException, IOException {
    KeyAttributes.Builder a = KeyAttributes.builder();
    if (name != null) {
      a.name(name);
    }
    return create(a.algorithm(algorithm).length(length).usage(usage).build());
  }

  /**
   * Create Key Pair (KMIP 2.1 §6.1.9): an asymmetric key pair the server generates.
   *
   * @param common attributes of both keys (algorithm, length, name)
   * @param privateKey attributes of the private key only (e.g. usage Sign, Decrypt)
   * @param publicKey attributes of the public key only (e.g. usage Verify, Encrypt)
   */
  public KeyPairIds createKeyPair(Attributes common, Attributes privateKey, Attributes publicKey)
      throws KmipClientException, IOException {
    CreateKeyPairResponse r =
        call(
            Operation.CREATE_KEY_PAIR,
            forms.createKeyPair(common, privateKey, publicKey),
            CreateKeyPairResponse.class);
    return new KeyPairIds(r.privateKeyUniqueIdentifier(), r.publicKeyUniqueIdentifier());
  }

  /**
   * Register (KMIP 2.1 §6.1.41): stores an object the client supplies, e.g. a {@link
   * dev.arca.kmip.object.SymmetricKey} or {@link dev.arca.kmip.object.SecretData}.
   *
   * @return the object's Unique Identifier
   */
  public String register(ManagedObject object, Attributes attributes)
      throws KmipClientException, IOException {
    return call(Operation.REGISTER, forms.register(object, attributes), RegisterResponse.class)
        .uniqueIdentifier();
  }

  /**
   * Re-key (KMIP 2.1 §6.1.46): the next version of a symmetric key, same name, algorithm, length
   * and usage, new material.
   *
   * @return the new version's Unique Identifier
   */
  public String rekey(String id) throws KmipClientException, IOException {
    return rekey(id, Attributes.empty());
  }

  /** Re-key with attributes for the new version (e.g. its Activation Date). */
  public String rekey(String id, Attributes attributes) throws KmipClientException, IOException {
    return call(Operation.RE_KEY, forms.rekey(id, attributes), ReKeyResponse.class)
        .uniqueIdentifier();
  }

  // Reading objects.

  /** Get (KMIP 2.1 §6.1.19): the object in the form it was registered or generated in. */
  public RetrievedObject get(String id) throws KmipClientException, IOException {
    return get(id, Optional.empty());
  }

  /**
   * Get in a chosen Key Format Type: Raw or Transparent Symmetric Key for symmetric keys, PKCS#8 or
   * PKCS#1 for private keys, X.509 ({@code X_509}) or PKCS#1 for public keys.
   */
  public RetrievedObject get(String id, KeyFormatType format)
      throws KmipClientException, IOException {
    return get(id, Optional.of(format));
  }

  private RetrievedObject get(String id, Optional<KeyFormatType> format)
      throws KmipClientException, IOException {
    GetResponse r = call(Operation.GET, forms.get(id, format), GetResponse.class);
    try {
      return new RetrievedObject(r.uniqueIdentifier(), r.managedObject());
    } catch (KmipException e) {
      throw new IOException("malformed Get response: " + e.getMessage(), e);
    }
  }

  /**
   * Get Attributes (KMIP 2.1 §6.1.21): the object's attributes, in the KMIP 2.x form whichever
   * version answered; all of them when {@code wanted} is empty.
   */
  public Attributes getAttributes(String id, AttributeReference... wanted)
      throws KmipClientException, IOException {
    GetAttributesResponse r =
        call(
            Operation.GET_ATTRIBUTES,
            forms.getAttributes(id, List.of(wanted)),
            GetAttributesResponse.class);
    try {
      return r.normalizedAttributes();
    } catch (KmipException e) {
      throw new IOException("malformed Get Attributes response: " + e.getMessage(), e);
    }
  }

  /** Get Attribute List (KMIP 2.1 §6.1.20): which attributes the object has. */
  public List<AttributeReference> getAttributeList(String id)
      throws KmipClientException, IOException {
    GetAttributeListResponse r =
        call(
            Operation.GET_ATTRIBUTE_LIST,
            GetAttributeListRequest.of(id),
            GetAttributeListResponse.class);
    try {
      return VersionForms.references(r);
    } catch (KmipException e) {
      throw new IOException("malformed Get Attribute List response: " + e.getMessage(), e);
    }
  }

  /**
   * Locate (KMIP 2.1 §6.1.28): the identifiers of the objects that match, as far as the caller may
   * see them.
   */
  public List<String> locate(KeyQuery query) throws KmipClientException, IOException {
    return call(Operation.LOCATE, forms.locate(query), LocateResponse.class).uniqueIdentifiers();
  }

  // Lifecycle.

  /** Activate (KMIP 2.1 §6.1.1): a Pre-Active object becomes Active. */
  public void activate(String id) throws KmipClientException, IOException {
    call(Operation.ACTIVATE, ActivateRequest.of(id), ActivateResponse.class);
  }

  /**
   * Revoke (KMIP 2.1 §6.1.45) for a reason other than compromise: the object becomes Deactivated.
   * For a compromise use {@link #revokeCompromised}.
   */
  public void revoke(String id, RevocationReasonCode reason)
      throws KmipClientException, IOException {
    call(Operation.REVOKE, RevokeRequest.of(id, reason), RevokeResponse.class);
  }

  /** Revoke for Key Compromise: the object becomes Compromised as of {@code occurredAt}. */
  public void revokeCompromised(String id, Instant occurredAt)
      throws KmipClientException, IOException {
    call(Operation.REVOKE, RevokeRequest.ofKeyCompromise(id, occurredAt), RevokeResponse.class);
  }

  /** Destroy (KMIP 2.1 §6.1.16): the key material is destroyed; the object stays, Destroyed. */
  public void destroy(String id) throws KmipClientException, IOException {
    call(Operation.DESTROY, DestroyRequest.of(id), DestroyResponse.class);
  }

  // Cryptographic services.

  /**
   * Encrypt (KMIP 2.1 §6.1.17) in one part. {@code parameters} name the mode and padding, e.g. AES
   * GCM, AES CBC with PKCS5 padding, or RSA with OAEP; {@link CryptographicParameters#empty()} uses
   * the key's own Cryptographic Parameters. The server generates the IV.
   */
  public Encrypted encrypt(String id, CryptographicParameters parameters, byte[] plaintext)
      throws KmipClientException, IOException {
    return encrypt(EncryptRequest.of(id, parameters, plaintext));
  }

  /** Encrypt with every field under the caller's control (IV, additional authenticated data). */
  public Encrypted encrypt(EncryptRequest request) throws KmipClientException, IOException {
    EncryptResponse r = call(Operation.ENCRYPT, request, EncryptResponse.class);
    return new Encrypted(
        r.data().orElseThrow(() -> new IOException("Encrypt response without Data")),
        r.ivCounterNonce(),
        r.authenticatedEncryptionTag());
  }

  /** Decrypt (KMIP 2.1 §6.1.13) what {@link #encrypt} returned. */
  public byte[] decrypt(String id, CryptographicParameters parameters, Encrypted encrypted)
      throws KmipClientException, IOException {
    return decrypt(id, parameters, encrypted, null);
  }

  /**
   * Decrypt with the additional authenticated data the encryption used (GCM); {@code aad} may be
   * {@code null}.
   */
  public byte[] decrypt(
      String id, CryptographicParameters parameters, Encrypted encrypted, byte[] aad)
      throws KmipClientException, IOException {
    DecryptRequest request = DecryptRequest.of(id, parameters, encrypted.ciphertext());
    if (encrypted.iv().isPresent()) {
      request = request.withIvCounterNonce(encrypted.iv().get());
    }
    if (encrypted.tag().isPresent()) {
      request = request.withAuthenticatedEncryptionTag(encrypted.tag().get());
    }
    if (aad != null) {
      request = request.withAuthenticatedEncryptionAdditionalData(aad);
    }
    return decrypt(request);
  }

  /** Decrypt with every field under the caller's control. */
  public byte[] decrypt(DecryptRequest request) throws KmipClientException, IOException {
    return call(Operation.DECRYPT, request, DecryptResponse.class)
        .data()
        .orElseThrow(() -> new IOException("Decrypt response without Data"));
  }

  /** Sign (KMIP 2.1 §6.1.52) {@code data} with a private key. */
  public byte[] sign(String id, CryptographicParameters parameters, byte[] data)
      throws KmipClientException, IOException {
    return call(Operation.SIGN, SignRequest.of(id, parameters, data), SignResponse.class)
        .signatureData()
        .orElseThrow(() -> new IOException("Sign response without Signature Data"));
  }

  /**
   * Signature Verify (KMIP 2.1 §6.1.53) with a public key.
   *
   * @return whether the signature is valid
   */
  public boolean verify(
      String id, CryptographicParameters parameters, byte[] data, byte[] signature)
      throws KmipClientException, IOException {
    return call(
                Operation.SIGNATURE_VERIFY,
                SignatureVerifyRequest.of(id, parameters, data, signature),
                SignatureVerifyResponse.class)
            .validityIndicator()
            .orElse(ValidityIndicator.UNKNOWN)
        == ValidityIndicator.VALID;
  }

  /** MAC (KMIP 2.1 §6.1.30), e.g. HMAC-SHA256 with a key of that algorithm. */
  public byte[] mac(String id, CryptographicParameters parameters, byte[] data)
      throws KmipClientException, IOException {
    return call(Operation.MAC, MacRequest.of(id, parameters, data), MacResponse.class)
        .macData()
        .orElseThrow(() -> new IOException("MAC response without MAC Data"));
  }

  /**
   * MAC Verify (KMIP 2.1 §6.1.31).
   *
   * @return whether the MAC is valid
   */
  public boolean macVerify(String id, CryptographicParameters parameters, byte[] data, byte[] mac)
      throws KmipClientException, IOException {
    return call(
                Operation.MAC_VERIFY,
                MacVerifyRequest.of(id, parameters, data, mac),
                MacVerifyResponse.class)
            .validityIndicator()
            .orElse(ValidityIndicator.UNKNOWN)
        == ValidityIndicator.VALID;
  }

  /** RNG Retrieve (KMIP 2.1 §6.1.48): {@code length} random bytes from the server's DRBG. */
  public byte[] rngRetrieve(int length) throws KmipClientException, IOException {
    return call(Operation.RNG_RETRIEVE, new RngRetrieveRequest(length), RngRetrieveResponse.class)
        .data();
  }

  // The raw path.

  /**
   * Sends one request batch item and returns its response payload, as the type {@link Payloads}
   * binds to the operation.
   *
   * @throws KmipClientException when the server refused the request
   * @throws IOException when no response came, or the payload is not of {@code type}
   */
  public <T extends ResponsePayload> T call(
      Operation operation, RequestPayload payload, Class<T> type)
      throws KmipClientException, IOException {
    ResponsePayload response = call(operation, payload);
    if (!type.isInstance(response)) {
      throw new IOException(
          operation.specName()
              + " response is a "
              + response.getClass().getSimpleName()
              + ", not a "
              + type.getSimpleName());
    }
    return type.cast(response);
  }

  /**
   * Sends one request batch item, with this client's protocol version and credential, and returns
   * its response payload decoded as {@link Payloads} binds it to the operation.
   */
  public ResponsePayload call(Operation operation, RequestPayload payload)
      throws KmipClientException, IOException {
    RequestHeader header = RequestHeader.of(ProtocolVersion.of(version), 1);
    if (authentication.isPresent()) {
      header = header.withAuthentication(authentication.get());
    }
    RequestMessage request =
        new RequestMessage(
            header, List.of(RequestBatchItem.of(operation, Payloads.encode(payload))));
    Exchange exchange = exchange(request);
    List<ResponseBatchItem> items = exchange.response.batchItems();
    if (items.size() != 1) {
      throw new IOException(
          exchange.address + ": " + items.size() + " batch items in the response to one request");
    }
    ResponseBatchItem item = items.get(0);
    if (item.resultStatus() != ResultStatus.SUCCESS) {
      throw new KmipClientException(
          item.operation().or(() -> Optional.of(operation)),
          item.resultStatus(),
          item.resultReason().orElse(ResultReason.GENERAL_FAILURE),
          item.resultMessage().orElse(""));
    }
    Ttlv body = item.responsePayload().orElse(Ttlv.structure(Tag.RESPONSE_PAYLOAD));
    try {
      return Payloads.response(operation, body);
    } catch (KmipException e) {
      throw new IOException(
          exchange.address
              + ": malformed "
              + operation.specName()
              + " response payload: "
              + e.getMessage(),
          e);
    }
  }

  /**
   * Sends a whole request message — any batch, any header — and returns the response message as it
   * came, failed batch items included (this method does not throw {@link KmipClientException}).
   * When the header has no Authentication, this client's credential is added. The message is
   * retried on another connection only if every batch item is idempotent (see the class
   * documentation).
   */
  public ResponseMessage call(RequestMessage message) throws IOException {
    RequestMessage request = message;
    if (message.header().authentication().isEmpty() && authentication.isPresent()) {
      request =
          new RequestMessage(
              message.header().withAuthentication(authentication.get()), message.batchItems());
    }
    return exchange(request).response;
  }

  /** Closes the pooled connections; requests still running finish and close their own. */
  @Override
  public void close() {
    pool.close();
  }

  @Override
  public String toString() {
    return "KmipClient["
        + addresses
        + ", KMIP "
        + version
        + username.map(u -> ", user " + u).orElse("")
        + ", "
        + pool
        + "]";
  }

  // Transport.

  private static final class Exchange {
    final ServerAddress address;
    final ResponseMessage response;

    Exchange(ServerAddress address, ResponseMessage response) {
      this.address = address;
      this.response = response;
    }
  }

  /**
   * Sends {@code request} by the failover and retry rule of the class documentation and returns the
   * decoded response.
   */
  private Exchange exchange(RequestMessage request) throws IOException {
    byte[] bytes = encoder.encode(TtlvBinder.encode(request));
    boolean idempotent = RetryRule.isIdempotent(request);
    List<IOException> failures = new ArrayList<>();
    try (ConnectionPool.Lease lease = pool.lease(connectTimeout.plus(readTimeout))) {
      Connection pooled = lease.connection();
      if (pooled != null) {
        if (pooled.isReusable(System.nanoTime(), maxIdle.toNanos())) {
          try {
            return finish(lease, pooled, pooled.exchange(bytes));
          } catch (IOException e) {
            lease.discard();
            if (!idempotent && !(e instanceof Connection.NotSentException)) {
              throw new RequestOutcomeUnknownException(pooled.address(), e);
            }
            LOG.debug("{}: pooled connection failed, retrying: {}", pooled.address(), e.toString());
            failures.add(new IOException(pooled.address() + ": " + Connection.describe(e), e));
          }
        } else {
          lease.discard();
        }
      }
      int first = preferred.get();
      for (int i = 0; i < addresses.size(); i++) {
        int index = (first + i) % addresses.size();
        ServerAddress address = addresses.get(index);
        Connection fresh;
        try {
          fresh = Connection.open(address, tls, connectTimeout, readTimeout, decoder);
        } catch (IOException e) {
          LOG.debug("{}", e.getMessage());
          failures.add(e);
          continue;
        }
        lease.use(fresh);
        if (index != first) {
          preferred.compareAndSet(first, index);
          LOG.info("KMIP server {} unavailable; failed over to {}", addresses.get(first), address);
        }
        try {
          return finish(lease, fresh, fresh.exchange(bytes));
        } catch (IOException e) {
          lease.discard();
          if (ClientTls.isHandshakeRefusal(e) || ClientTls.isHandshakeRefusal(e.getCause())) {
            failures.add(
                new IOException(
                    address
                        + ": the server refused the TLS handshake ("
                        + Connection.describe(e)
                        + "); is the client certificate issued by a CA the listener trusts?",
                    e));
            continue;
          }
          if (e instanceof Connection.NotSentException) {
            failures.add(
                new IOException(
                    address
                        + ": the server closed the connection right after the TLS handshake ("
                        + Connection.describe(e)
                        + "); if the listener checks client certificates, is the client"
                        + " certificate issued by a CA the listener trusts?",
                    e));
            continue;
          }
          if (!idempotent) {
            throw new RequestOutcomeUnknownException(address, e);
          }
          failures.add(new IOException(address + ": " + Connection.describe(e), e));
        }
      }
      throw new ServerUnavailableException(failures);
    }
  }

  private Exchange finish(ConnectionPool.Lease lease, Connection connection, byte[] response)
      throws IOException {
    ResponseMessage message;
    try {
      message = TtlvBinder.decode(ResponseMessage.class, decoder.decode(response));
    } catch (DecodeException e) {
      lease.discard();
      throw new IOException(connection.address() + ": undecodable response: " + e.getMessage(), e);
    } catch (KmipException e) {
      lease.discard();
      throw new IOException(connection.address() + ": malformed response: " + e.getMessage(), e);
    }
    lease.keep();
    return new Exchange(connection.address(), message);
  }

  /**
   * The settings of a {@link KmipClient}. Files are read, and the TLS context is built, by {@link
   * #build()}; a setting out of range fails there with a message naming it.
   */
  public static final class Builder {

    private static final int MAX_POOL_SIZE = 256;

    private final List<ServerAddress> addresses = new ArrayList<>();
    private Path bundle;
    private ClientCredentials credentials;
    private Path certificateFile;
    private Path keyFile;
    private char[] keyPassword;
    private Path pkcs12File;
    private char[] pkcs12Password;
    private final List<X509Certificate> trusted = new ArrayList<>();
    private final List<Path> trustedFiles = new ArrayList<>();
    private String username;
    private char[] password;
    private KmipVersion version = KmipVersion.V2_1;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration maxIdle = Duration.ofSeconds(60);
    private int poolSize = 4;
    private int maxResponseBytes = 16 << 20;

    private Builder() {}

    /**
     * A server address, {@code host:port} ({@code [v6]:port} for IPv6; port 5696 when left out).
     * Several calls give several addresses, tried in order.
     */
    public Builder address(String hostAndPort) {
      addresses.add(ServerAddress.parse(hostAndPort));
      return this;
    }

    public Builder address(ServerAddress address) {
      addresses.add(Objects.requireNonNull(address, "address"));
      return this;
    }

    /** Several server addresses, in failover order. */
    public Builder addresses(List<String> hostsAndPorts) {
      hostsAndPorts.forEach(this::address);
      return this;
    }

    /**
     * A client bundle directory as Arca issues it: {@code client.pem}, {@code client-key.pem},
     * {@code ca.pem}, {@code password} and the server address and username from {@code
     * pykmip.conf}. Settings given explicitly take precedence over the bundle's.
     */
    public Builder bundle(Path directory) {
      this.bundle = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /** The client certificate (PEM, leaf first) and its unencrypted PKCS#8 PEM key. */
    public Builder certificate(Path certificatePem, Path keyPem) {
      return certificate(certificatePem, keyPem, null);
    }

    /**
     * The client certificate and its PEM key, encrypted with {@code keyPassword} (PBES2 as {@code
     * openssl pkcs8 -topk8} writes it); {@code null} for an unencrypted key. The array is copied
     * and cleared after {@link #build()}.
     */
    public Builder certificate(Path certificatePem, Path keyPem, char[] keyPassword) {
      this.certificateFile = Objects.requireNonNull(certificatePem, "certificatePem");
      this.keyFile = Objects.requireNonNull(keyPem, "keyPem");
      this.keyPassword = keyPassword == null ? null : keyPassword.clone();
      return this;
    }

    /** The client certificate and key from a PKCS#12 file. The array is copied. */
    public Builder pkcs12(Path file, char[] filePassword) {
      this.pkcs12File = Objects.requireNonNull(file, "file");
      this.pkcs12Password = Objects.requireNonNull(filePassword, "filePassword").clone();
      return this;
    }

    /** Client credentials already loaded. */
    public Builder credentials(ClientCredentials clientCredentials) {
      this.credentials = Objects.requireNonNull(clientCredentials, "clientCredentials");
      return this;
    }

    /** A PEM file of CA certificates that may sign the server's certificate. */
    public Builder trustedCertificates(Path caPem) {
      trustedFiles.add(Objects.requireNonNull(caPem, "caPem"));
      return this;
    }

    public Builder trustedCertificates(List<X509Certificate> cas) {
      trusted.addAll(cas);
      return this;
    }

    /**
     * The KMIP Username and Password Credential sent in every request header (KMIP 2.1 §9.11). The
     * array is copied; the password stays in memory for the life of the client, since every request
     * carries it.
     */
    public Builder credential(String user, char[] userPassword) {
      this.username = Objects.requireNonNull(user, "user");
      if (userPassword != null) {
        this.password = userPassword.clone();
      }
      return this;
    }

    /**
     * The KMIP password alone, for the username of the bundle (or of {@link #credential}). The
     * array is copied.
     */
    public Builder password(char[] userPassword) {
      this.password = Objects.requireNonNull(userPassword, "userPassword").clone();
      return this;
    }

    /** The protocol version to speak, 1.0 to 2.1; 2.1 by default. */
    public Builder protocolVersion(KmipVersion protocolVersion) {
      this.version = Objects.requireNonNull(protocolVersion, "protocolVersion");
      return this;
    }

    /** The longest wait for a TCP connection and then for the TLS handshake; 10 s by default. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive("connectTimeout", timeout);
      return this;
    }

    /** The longest wait for response data once a request is sent; 30 s by default. */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive("readTimeout", timeout);
      return this;
    }

    /**
     * How long an idle pooled connection is kept; 60 s by default. Keep it below the listener's
     * idle timeout.
     */
    public Builder maxIdle(Duration idle) {
      this.maxIdle = positive("maxIdle", idle);
      return this;
    }

    /** At most this many connections at once, 1 to 256; 4 by default. */
    public Builder poolSize(int size) {
      this.poolSize = size;
      return this;
    }

    /** The largest response accepted, in bytes; 16 MiB by default. */
    public Builder maxResponseBytes(int bytes) {
      this.maxResponseBytes = bytes;
      return this;
    }

    /**
     * Reads the credential files and the bundle, builds the TLS context and returns the client. No
     * connection is made until the first request.
     *
     * @throws IOException when a file cannot be read or parsed, or TLS cannot be set up
     * @throws IllegalArgumentException when a setting is missing or out of range; the message names
     *     it
     */
    public KmipClient build() throws IOException {
      try {
        return buildClient();
      } finally {
        clear(keyPassword);
        clear(pkcs12Password);
        clear(password);
        keyPassword = null;
        pkcs12Password = null;
        password = null;
      }
    }

    private KmipClient buildClient() throws IOException {
      if (poolSize < 1 || poolSize > MAX_POOL_SIZE) {
        throw new IllegalArgumentException(
            "poolSize must be between 1 and " + MAX_POOL_SIZE + ", was " + poolSize);
      }
      if (maxResponseBytes < 1024) {
        throw new IllegalArgumentException(
            "maxResponseBytes must be at least 1024, was " + maxResponseBytes);
      }
      BundleDirectory b = bundle == null ? null : BundleDirectory.read(bundle);
      if (addresses.isEmpty() && b != null) {
        addresses.addAll(b.addresses);
      }
      if (addresses.isEmpty()) {
        throw new IllegalArgumentException(
            "addresses: at least one server address (host:port) is required");
      }
      ClientCredentials client = loadCredentials(b);
      List<X509Certificate> cas = new ArrayList<>(trusted);
      for (Path f : trustedFiles) {
        cas.addAll(ClientCredentials.readCertificates(f));
      }
      if (cas.isEmpty() && b != null) {
        cas.addAll(ClientCredentials.readCertificates(b.caFile()));
      }
      if (cas.isEmpty()) {
        throw new IllegalArgumentException(
            "trustedCertificates: the CA certificate(s) that signed the server certificate are"
                + " required");
      }
      if (username == null && b != null && b.username.isPresent()) {
        username = b.username.get();
        if (password == null) {
          password = b.password().orElse(null);
        }
      }
      Optional<Authentication> auth = Optional.empty();
      if (username != null) {
        UsernamePassword up =
            new UsernamePassword(
                username, password == null ? Optional.empty() : Optional.of(new String(password)));
        auth = Optional.of(Authentication.of(Credential.of(up)));
      }
      SSLContext context = ClientTls.context(client, cas);
      return new KmipClient(this, context, auth);
    }

    private ClientCredentials loadCredentials(BundleDirectory b) throws IOException {
      if (credentials != null) {
        return credentials;
      }
      if (pkcs12File != null) {
        return ClientCredentials.fromPkcs12(pkcs12File, pkcs12Password);
      }
      if (certificateFile != null) {
        return ClientCredentials.fromPem(certificateFile, keyFile, keyPassword);
      }
      if (b != null) {
        return ClientCredentials.fromPem(b.certificateFile(), b.keyFile(), null);
      }
      // No client certificate: only for listeners that do not ask for one.
      return null;
    }

    private static Duration positive(String name, Duration d) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + d);
      }
      return d;
    }

    private static void clear(char[] secret) {
      if (secret != null) {
        Arrays.fill(secret, '\0');
      }
    }

    @Override
    public String toString() {
      return "KmipClient.Builder[" + addresses + (bundle == null ? "" : ", bundle " + bundle) + "]";
    }
  }
}
