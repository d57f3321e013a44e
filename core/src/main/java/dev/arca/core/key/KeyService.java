package dev.arca.core.key;

import dev.arca.core.access.AccessPolicy;
import dev.arca.core.access.Caller;
import dev.arca.core.access.KeySharing;
import dev.arca.core.access.Permission;
import dev.arca.core.access.UserDirectoryException;
import dev.arca.core.crypto.AsymmetricSpec;
import dev.arca.core.crypto.CryptoService;
import dev.arca.core.crypto.Envelope;
import dev.arca.core.crypto.SymmetricAlgorithm;
import dev.arca.core.state.Atomic;
import dev.arca.core.state.Command;
import dev.arca.core.state.CommandResult;
import dev.arca.core.state.NotDurableException;
import dev.arca.core.state.PutObject;
import dev.arca.core.state.Replicator;
import dev.arca.core.store.LocateQuery;
import dev.arca.core.store.ObjectStore;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Link;
import dev.arca.kmip.attribute.Name;
import dev.arca.kmip.attribute.RevocationReason;
import dev.arca.kmip.attribute.UsageLimits;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.LinkType;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.State;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvBoolean;
import dev.arca.kmip.ttlv.TtlvEnumeration;
import dev.arca.kmip.ttlv.TtlvInterval;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key service: what the KMIP server and the admin API call to create, find, change and retire
 * managed objects. One method per operation, each reading like the KMIP 2.1 §6.1 section it cites.
 *
 * <p><b>Writes.</b> Every change is a {@link PutObject} (or an {@link Atomic} of several) built on
 * the state just read: identifiers are random UUIDs, timestamps come from the clock, key material
 * is generated and sealed under the master key before the command exists (DESIGN §2, "State and
 * replication"). The command goes through the {@link Replicator}; when a concurrent change won the
 * compare-and-set, the change is built again on fresh state, up to {@link
 * KeyServiceSettings#conflictRetries()} times. <b>Reads</b> go to the {@link ObjectStore}, and
 * every read shows the effective state ({@link Lifecycle#effective}).
 *
 * <p><b>Access.</b> Every method takes the {@link Caller}. An object the caller may not read
 * answers exactly as a missing one: Item Not Found with the same message (DESIGN §5). What the
 * caller may do is the {@link AccessPolicy}'s to decide.
 *
 * <p><b>Errors.</b> Every refusal is a {@link KmipException} with the KMIP 2.1 result reason the
 * operation's error table names; the KMIP 1.x edge maps those reasons that 1.x does not have. No
 * message contains key material.
 *
 * <p><b>Sharing.</b> An owner shares a key with key sharing groups through {@link ShareAttribute}:
 * its Add, Modify, Delete and Set Attribute change the grants the access policy keeps ({@link
 * AccessPolicy#sharing()}), never the object, and every view shows the grants.
 *
 * <p><b>Versions.</b> See {@link VersionedKeys}: a key created with a Name is version 0 of that
 * name, {@link #rekey} makes the next, and {@value VersionedKeys#VERSION_ATTRIBUTE} shows it.
 *
 * <p>Thread-safe.
 */
public final class KeyService {

  /**
   * The Secret Data Type of a secret data object (KMIP 2.1 §2.2.7), which KMIP keeps in the object
   * rather than an attribute: stored as the server-defined custom attribute {@code
   * y-arca-secret-data-type} (Enumeration), read-only to clients.
   */
  public static final AttributeKey SECRET_DATA_TYPE =
      AttributeKey.customFromV1Name("y-arca-secret-data-type").orElseThrow();

  private static final Logger LOG = LoggerFactory.getLogger(KeyService.class);

  /** The one message of Item Not Found, whether the object is missing or hidden. */
  private static final String NOT_FOUND = "no such object";

  private static final int PAGE = 500;

  private final ObjectStore store;
  private final Replicator replicator;
  private final MaterialVault vault;
  private final KeyMaterials materials;
  private final AccessPolicy access;
  private final Clock clock;
  private final KeyServiceSettings settings;

  /**
   * @param store where reads go
   * @param replicator where changes go
   * @param crypto key generation and hashing
   * @param envelope seals key material under the master key
   * @param access who may see and do what
   * @param clock the source of every timestamp and of the effective state
   * @param settings validated settings
   */
  public KeyService(
      ObjectStore store,
      Replicator replicator,
      CryptoService crypto,
      Envelope envelope,
      AccessPolicy access,
      Clock clock,
      KeyServiceSettings settings) {
    this.store = Objects.requireNonNull(store, "store");
    this.replicator = Objects.requireNonNull(replicator, "replicator");
    this.vault = new MaterialVault(crypto, envelope);
    this.materials = new KeyMaterials(crypto);
    this.access = Objects.requireNonNull(access, "access");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  // ---- creating objects ----------------------------------------------------------------------

  /**
   * Create (KMIP 2.1 §6.1.8): generates a symmetric key (AES, Triple-DES, HMAC, …) or secret data.
   * The Cryptographic Algorithm defaults to AES and the Cryptographic Length to the algorithm's
   * usual size (AES-256; 256 bits of secret data), as Table 28 asks of a server. A Name makes the
   * key version 0 of the versioned key of that name.
   *
   * @throws KmipException Invalid Object Type for other object types; Invalid Field for an
   *     algorithm or length that cannot be generated; Non Unique Name Attribute for a name in use;
   *     the attribute errors of {@link AttributeEdits#checkForCreation}
   */
  public ManagedObjectView create(Caller caller, ObjectType type, AttributeSet attributes)
      throws KmipException {
    Objects.requireNonNull(caller, "caller");
    if (type != ObjectType.SYMMETRIC_KEY && type != ObjectType.SECRET_DATA) {
      throw new KmipException(
          ResultReason.INVALID_OBJECT_TYPE,
          "Create makes symmetric keys and secret data, not " + type.specName());
    }
    AttributeEdits.checkForCreation(type, attributes);
    KeyMaterials.Generated generated = materials.generateSecret(type, attributes);
    try {
      return createObject(caller, type, attributes, generated.material(), generated.facts(), true);
    } finally {
      generated.material().destroy();
    }
  }

  /**
   * Create Key Pair (KMIP 2.1 §6.1.9): an RSA or EC key pair. Attributes given for one key take
   * precedence over the common ones for single-valued attributes; multi-valued ones are the union.
   * The private key links to the public key and the other way round. RSA defaults to 2048 bits; an
   * EC curve comes from the Cryptographic Domain Parameters or from the Cryptographic Length (256,
   * 384, 521), P-256 by default. An RSA private key whose usage mask asks for decryption or
   * unwrapping and not for signing is generated for encryption, every other for signatures (the
   * pairwise consistency test follows the purpose). The keys are stored as PKCS#8 and X.509; unless
   * the client asks for another Key Format Type, an RSA pair is served, and digested, as PKCS#1
   * ({@link KeyFormats#defaultFormat}).
   */
  public CreatedKeyPair createKeyPair(
      Caller caller,
      AttributeSet commonAttributes,
      AttributeSet privateAttributes,
      AttributeSet publicAttributes)
      throws KmipException {
    Objects.requireNonNull(caller, "caller");
    AttributeSet priv = NewObjects.merge(commonAttributes, privateAttributes);
    AttributeSet pub = NewObjects.merge(commonAttributes, publicAttributes);
    AttributeEdits.checkForCreation(ObjectType.PRIVATE_KEY, priv);
    AttributeEdits.checkForCreation(ObjectType.PUBLIC_KEY, pub);
    AsymmetricSpec spec = KeyMaterials.keyPairSpec(priv, pub);
    CryptographicAlgorithm algorithm =
        KeyAlgorithms.algorithmOf(
            spec, KeyMaterials.algorithmIn(priv).or(() -> KeyMaterials.algorithmIn(pub)));
    KeyMaterials.Pair pair = materials.generateKeyPair(spec, KeyMaterials.purposeOf(spec, priv));
    try {
      return createPair(priv, pub, pair, KeyMaterials.keyPairFacts(algorithm, spec), owner(caller));
    } finally {
      pair.destroy();
    }
  }

  /**
   * Register (KMIP 2.1 §6.1.43): stores an object the client brings, in canonical form (see {@link
   * ClearMaterial}; {@link KeyFormats} converts the other KMIP formats). Cryptographic Algorithm
   * and Length are read from the key itself where it carries them (private and public keys,
   * certificates) and must agree with any the client gives; a symmetric key needs its algorithm.
   * The Key Format Type attribute records the format the client registered, which Get returns by
   * default (KMIP 2.1 §6.1.19: the server SHALL be able to return a key "in the same format that
   * was used when the key was registered").
   *
   * @throws KmipException Key Format Type Not Supported when the material is in a format the object
   *     type cannot have; Invalid Field when the material does not parse or disagrees with the
   *     attributes; Feature Not Supported for Split Keys and Templates
   */
  public ManagedObjectView register(
      Caller caller, ObjectType type, AttributeSet attributes, ClearMaterial material)
      throws KmipException {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(material, "material");
    AttributeEdits.checkForCreation(type, attributes);
    ClearMaterial canonical = KeyFormats.toCanonical(type, material);
    try {
      NewObjects.KeyFacts facts = KeyMaterials.registeredFacts(type, attributes, canonical);
      AttributeSet withFormat = attributes;
      if (!attributes.contains(Tag.KEY_FORMAT_TYPE)) {
        withFormat =
            attributes.toBuilder()
                .set(Ttlv.enumeration(Tag.KEY_FORMAT_TYPE, material.format().code()))
                .build();
      }
      return createObject(caller, type, withFormat, canonical, facts, false);
    } finally {
      if (canonical != material) {
        canonical.destroy();
      }
    }
  }

  // ---- reading ---------------------------------------------------------------------------------

  /**
   * The object as the caller sees it now: Get Attributes, Get Attribute List, and the metadata of
   * Get (KMIP 2.1 §6.1.19–21).
   *
   * @throws KmipException Item Not Found when it does not exist or the caller may not see it
   */
  public ManagedObjectView get(Caller caller, String id) throws KmipException {
    return view(visible(caller, id, Permission.READ), clock.instant());
  }

  /**
   * Opens the key material in canonical form. The caller must {@link ClearMaterial#destroy()} it
   * when done.
   *
   * <p>For {@link MaterialUse#EXPORT} (Get): refused for a Sensitive object (reason Sensitive) and
   * for one that is not Extractable (Not Extractable); the first export clears Fresh (KMIP 2.1
   * §4.24). For {@link MaterialUse#PROTECT} and {@link MaterialUse#PROCESS} the lifecycle decides
   * ({@link Lifecycle#checkUsable}).
   *
   * @throws KmipException Object Archived for an archived object; Key Value Not Present once
   *     destroyed; Permission Denied when the policy refuses the use
   */
  public ClearMaterial openMaterial(Caller caller, String id, MaterialUse use)
      throws KmipException {
    Objects.requireNonNull(use, "use");
    return openMaterial(
        caller, id, use, use == MaterialUse.EXPORT ? Permission.EXPORT : Permission.USE);
  }

  /**
   * {@link #openMaterial(Caller, String, MaterialUse)} for an operation that needs a narrower
   * permission than {@link Permission#USE}: signing needs {@link Permission#SIGN}, MACs {@link
   * Permission#MAC}, so that a key sharing group can be granted one without the other.
   */
  public ClearMaterial openMaterial(
      Caller caller, String id, MaterialUse use, Permission permission) throws KmipException {
    Objects.requireNonNull(use, "use");
    Objects.requireNonNull(permission, "permission");
    if ((use == MaterialUse.EXPORT) != (permission == Permission.EXPORT)) {
      throw new IllegalArgumentException("export needs the export permission and nothing else");
    }
    ManagedObject object =
        apply(
            now -> {
              ManagedObject o = visible(caller, id, permission);
              materialOf(o);
              if (use == MaterialUse.EXPORT) {
                if (flag(o.attributes(), Tag.SENSITIVE, false)) {
                  throw new KmipException(
                      ResultReason.SENSITIVE,
                      "the object is Sensitive and cannot be returned unwrapped");
                }
                if (!flag(o.attributes(), Tag.EXTRACTABLE, true)) {
                  throw new KmipException(
                      ResultReason.NOT_EXTRACTABLE, "the object is not Extractable");
                }
                if (flag(o.attributes(), Tag.FRESH, false)) {
                  AttributeSet a =
                      o.attributes().toBuilder().set(Ttlv.bool(Tag.FRESH, false)).build();
                  ManagedObject next = o.withAttributes(finish(o, a, now));
                  return Planned.write(new PutObject(next), next);
                }
              } else {
                Lifecycle.checkUsable(
                    o,
                    now,
                    use == MaterialUse.PROTECT
                        ? Lifecycle.Purpose.PROTECT
                        : Lifecycle.Purpose.PROCESS);
              }
              return Planned.noChange(o);
            });
    return vault.open(object, materialOf(object), dataTypeOf(object));
  }

  /**
   * Locate (KMIP 2.1 §6.1.28) over the objects the caller may see; {@link LocateCriteria} builds
   * the query from a request's attributes.
   */
  public LocateQuery.Result locate(Caller caller, LocateQuery query) {
    Objects.requireNonNull(caller, "caller");
    AccessPolicy.Visibility visible = access.visibility(caller);
    Set<String> owners =
        query.owners().isEmpty()
            ? visible.owners()
            : intersection(query.owners(), visible.owners());
    boolean global = query.includeGlobal() && visible.includeGlobal();
    if (visible.shared()) {
      // Objects shared through groups belong to other owners: the store looks at every owner's
      // (or at those the query names) and the policy keeps what the caller may read.
      return store.locate(
          LocateCriteria.withResidual(
              LocateCriteria.withOwners(query, query.owners(), query.includeGlobal()),
              o -> access.permits(caller, o, Permission.READ)));
    }
    if (owners.isEmpty() && !global) {
      // An empty owner set means "any owner" to the store: never pass it for a caller who sees
      // no one's objects.
      return new LocateQuery.Result(List.of());
    }
    return store.locate(LocateCriteria.withOwners(query, owners, global));
  }

  /** Every version of the versioned key {@code keyName} the caller may see, oldest first. */
  public List<ManagedObjectView> versions(Caller caller, String keyName) throws KmipException {
    Instant now = clock.instant();
    LocateQuery q =
        LocateCriteria.withVersions(
            LocateCriteria.withName(LocateQuery.all(now), keyName), LocateQuery.Versions.all());
    List<ManagedObjectView> out = new ArrayList<>();
    for (String id : locate(caller, LocateCriteria.anyMaterialState(q)).ids()) {
      Optional<ManagedObject> o = store.get(id);
      if (o.isPresent()
          && o.get().keyName().filter(keyName::equals).isPresent()
          && access.permits(caller, o.get(), Permission.READ)) {
        out.add(view(o.get(), now));
      }
    }
    out.sort((a, b) -> Integer.compare(a.object().keyVersion(), b.object().keyVersion()));
    return out;
  }

  // ---- attributes ------------------------------------------------------------------------------

  /** Add Attribute (KMIP 2.1 §6.1.2, 1.4 §4.14); see {@link AttributeEdits#add}. */
  public ManagedObjectView addAttribute(Caller caller, String id, AttributeKey key, Ttlv value)
      throws KmipException {
    if (key.equals(ShareAttribute.KEY)) {
      return editShares(caller, id, grants -> ShareAttribute.add(grants, value));
    }
    return editAttributes(
        caller,
        id,
        (o, current, state, now) ->
            AttributeEdits.add(o.objectType(), state, current, key, value, now));
  }

  /**
   * Modify Attribute (KMIP 2.1 §6.1.34, 1.4 §4.15): {@code which} is the 1.x Attribute Index (0
   * when the request has none), the 2.x Current Attribute, or {@link AttributeInstance#only()}.
   */
  public ManagedObjectView modifyAttribute(
      Caller caller, String id, AttributeKey key, AttributeInstance which, Ttlv newValue)
      throws KmipException {
    if (key.equals(ShareAttribute.KEY)) {
      return editShares(caller, id, grants -> ShareAttribute.modify(grants, which, newValue));
    }
    return editAttributes(
        caller,
        id,
        (o, current, state, now) ->
            AttributeEdits.modify(o.objectType(), state, current, key, which, newValue, now));
  }

  /**
   * Delete Attribute (KMIP 2.1 §6.1.13, 1.4 §4.16): {@code which} is the 1.x Attribute Index (0
   * when the request has none), the 2.x Current Attribute, or {@link AttributeInstance#all()} for a
   * 2.x Attribute Reference.
   */
  public ManagedObjectView deleteAttribute(
      Caller caller, String id, AttributeKey key, AttributeInstance which) throws KmipException {
    if (key.equals(ShareAttribute.KEY)) {
      return editShares(caller, id, grants -> ShareAttribute.delete(grants, which));
    }
    return editAttributes(
        caller,
        id,
        (o, current, state, now) -> AttributeEdits.delete(o.objectType(), current, key, which));
  }

  /** Set Attribute (KMIP 2.1 §6.1.51). */
  public ManagedObjectView setAttribute(Caller caller, String id, AttributeKey key, Ttlv value)
      throws KmipException {
    if (key.equals(ShareAttribute.KEY)) {
      // Set Attribute changes a single-valued attribute; one instance per group is several.
      return editShares(
          caller,
          id,
          grants -> {
            if (grants.size() > 1) {
              throw new KmipException(
                  ResultReason.MULTI_VALUED_ATTRIBUTE,
                  ShareAttribute.NAME
                      + " has "
                      + grants.size()
                      + " values; use Add, Modify or Delete Attribute");
            }
            return ShareAttribute.add(new TreeMap<>(), value);
          });
    }
    return editAttributes(
        caller,
        id,
        (o, current, state, now) ->
            AttributeEdits.set(o.objectType(), state, current, key, value, now));
  }

  // ---- lifecycle -------------------------------------------------------------------------------

  /** Activate (KMIP 2.1 §6.1.1): Pre-Active to Active, Activation Date now. */
  public ManagedObjectView activate(Caller caller, String id) throws KmipException {
    return changeLifecycle(
        caller, id, (o, current, state, now) -> Lifecycle.activate(current, now));
  }

  /**
   * Revoke (KMIP 2.1 §6.1.44): Key Compromise and CA Compromise make the object Compromised with
   * its Compromise Date now and Compromise Occurrence Date as given (the Initial Date when not
   * given); any other reason makes an Active object Deactivated now.
   */
  public ManagedObjectView revoke(
      Caller caller, String id, RevocationReason reason, Optional<Instant> compromiseOccurrence)
      throws KmipException {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(compromiseOccurrence, "compromiseOccurrence");
    return changeLifecycle(
        caller,
        id,
        (o, current, state, now) -> Lifecycle.revoke(current, reason, compromiseOccurrence, now));
  }

  /**
   * Destroy (KMIP 2.1 §6.1.15): removes the key material and keeps the metadata, with the Destroy
   * Date now. A Pre-Active or Deactivated object becomes Destroyed, a Compromised one Destroyed
   * Compromised; an Active one must be revoked first (Wrong Key Lifecycle State).
   *
   * @throws KmipException Object Destroyed when it already is; Object Archived when archived
   */
  public ManagedObjectView destroy(Caller caller, String id) throws KmipException {
    return apply(
        now -> {
          ManagedObject o = visible(caller, id, Permission.MANAGE);
          requireNotArchived(o);
          if (o.materialState() == MaterialState.DESTROYED) {
            throw new KmipException(ResultReason.OBJECT_DESTROYED, "the object is destroyed");
          }
          AttributeSet current = Lifecycle.withEffectiveState(o.storedState(), o.attributes(), now);
          AttributeSet destroyed = Lifecycle.destroy(current, now);
          ManagedObject next =
              o.withMaterial(MaterialState.DESTROYED, Optional.empty(), finish(o, destroyed, now));
          return Planned.write(new PutObject(next), view(next, now));
        });
  }

  /**
   * Archive (KMIP 2.1 §6.1.4): moves the material to cold storage (the store keeps archived
   * envelopes apart) and sets the Archive Date. An archived object keeps its metadata visible but
   * refuses every other change and every use of its material until recovered (Object Archived).
   */
  public ManagedObjectView archive(Caller caller, String id) throws KmipException {
    return apply(
        now -> {
          ManagedObject o = visible(caller, id, Permission.MANAGE);
          requireNotArchived(o);
          if (o.materialState() == MaterialState.DESTROYED) {
            throw new KmipException(
                ResultReason.OBJECT_DESTROYED, "a destroyed object has no material to archive");
          }
          AttributeSet a =
              o.attributes().toBuilder().set(Ttlv.dateTime(Tag.ARCHIVE_DATE, now)).build();
          ManagedObject next =
              o.withMaterial(MaterialState.ARCHIVED, o.material(), finish(o, a, now));
          return Planned.write(new PutObject(next), view(next, now));
        });
  }

  /**
   * Recover (KMIP 2.1 §6.1.42): brings archived material back online and deletes the Archive Date
   * (§4.5: "The server SHALL delete this attribute whenever a Recover operation is performed"). An
   * object that is not archived is left as it is.
   */
  public ManagedObjectView recover(Caller caller, String id) throws KmipException {
    return apply(
        now -> {
          ManagedObject o = visible(caller, id, Permission.MANAGE);
          if (o.materialState() != MaterialState.ARCHIVED) {
            return Planned.noChange(view(o, now));
          }
          if (o.material().isEmpty()) {
            throw new KmipException(
                ResultReason.CRYPTOGRAPHIC_FAILURE, "the archived material is missing");
          }
          AttributeSet a = o.attributes().toBuilder().remove(Tag.ARCHIVE_DATE).build();
          ManagedObject next =
              o.withMaterial(MaterialState.ONLINE, o.material(), finish(o, a, now));
          return Planned.write(new PutObject(next), view(next, now));
        });
  }

  // ---- versions ---------------------------------------------------------------------------------

  /**
   * Re-key (KMIP 2.1 §6.1.46): the next version of a symmetric key, with new material of the same
   * algorithm and length, the attributes copied as Table 304 says (but the Name stays on the old
   * version too, see {@link VersionedKeys}), the dates copied or moved by the Offset (Table 303), a
   * Replaced Object Link to the old version and a Replacement Object Link from it. The old version
   * keeps its material; {@link RekeyRequest#oldVersion()} decides whether it is deactivated.
   *
   * @throws KmipException Invalid Object Type for other than symmetric keys; Invalid Field when the
   *     request tries to change the algorithm or length; Server Limit Exceeded beyond {@value
   *     VersionedKeys#MAX_VERSIONS} versions; Object Archived for an archived key
   */
  public ManagedObjectView rekey(Caller caller, String id, RekeyRequest request)
      throws KmipException {
    Objects.requireNonNull(request, "request");
    ManagedObject first = visible(caller, id, Permission.REKEY);
    if (first.objectType() != ObjectType.SYMMETRIC_KEY) {
      throw new KmipException(
          ResultReason.INVALID_OBJECT_TYPE,
          "Re-key applies to symmetric keys; use Re-key Key Pair for a "
              + first.objectType().specName());
    }
    requireNotArchived(first);
    AttributeEdits.checkForCreation(ObjectType.SYMMETRIC_KEY, request.attributes());
    CryptographicAlgorithm algorithm =
        first
            .algorithm()
            .orElseThrow(
                () ->
                    new KmipException(
                        ResultReason.INVALID_FIELD, "the key has no Cryptographic Algorithm"));
    int length = KeyMaterials.lengthOf(first.attributes());
    KeyMaterials.keepsAlgorithmAndLength(request.attributes(), algorithm, length);
    SymmetricAlgorithm generateAs =
        KeyAlgorithms.symmetric(algorithm)
            .orElseThrow(
                () ->
                    new KmipException(
                        ResultReason.INVALID_FIELD,
                        "cannot generate a new " + algorithm.specName() + " key"));
    ClearMaterial material = materials.generateSymmetric(generateAs, length);
    NewObjects.KeyFacts facts = NewObjects.KeyFacts.of(algorithm, length);
    OldVersion oldVersion = resolve(request.oldVersion());
    String newId = newId();
    try {
      return apply(
          now -> {
            ManagedObject old = visible(caller, id, Permission.REKEY);
            requireNotArchived(old);
            ManagedObject next =
                successor(old, newId, request.attributes(), request.offset(), material, facts, now);
            AttributeSet retired = Rekeying.retire(current(old, now), newId, oldVersion, now);
            ManagedObject oldNext = old.withAttributes(finish(old, retired, now));
            return Planned.write(
                Atomic.of(new PutObject(next), new PutObject(oldNext)), view(next, now));
          });
    } finally {
      material.destroy();
    }
  }

  /**
   * Re-key Key Pair (KMIP 2.1 §6.1.47): the next version of a private key and of its public key, by
   * the rules of {@link #rekey}, with the new private and public keys linked to each other and each
   * to the key it replaces.
   */
  public CreatedKeyPair rekeyKeyPair(Caller caller, String privateKeyId, RekeyRequest request)
      throws KmipException {
    Objects.requireNonNull(request, "request");
    ManagedObject first = visible(caller, privateKeyId, Permission.REKEY);
    if (first.objectType() != ObjectType.PRIVATE_KEY) {
      throw new KmipException(
          ResultReason.INVALID_OBJECT_TYPE,
          "Re-key Key Pair takes the private key, not a " + first.objectType().specName());
    }
    requireNotArchived(first);
    String publicId = publicKeyOf(first);
    ManagedObject firstPublic = visible(caller, publicId, Permission.REKEY);
    requireNotArchived(firstPublic);
    AttributeSet privClient = NewObjects.merge(request.attributes(), request.privateAttributes());
    AttributeSet pubClient = NewObjects.merge(request.attributes(), request.publicAttributes());
    AttributeEdits.checkForCreation(ObjectType.PRIVATE_KEY, privClient);
    AttributeEdits.checkForCreation(ObjectType.PUBLIC_KEY, pubClient);
    CryptographicAlgorithm algorithm =
        first
            .algorithm()
            .orElseThrow(
                () ->
                    new KmipException(
                        ResultReason.INVALID_FIELD, "the key has no Cryptographic Algorithm"));
    int length = KeyMaterials.lengthOf(first.attributes());
    KeyMaterials.keepsAlgorithmAndLength(privClient, algorithm, length);
    KeyMaterials.keepsAlgorithmAndLength(pubClient, algorithm, length);
    AsymmetricSpec spec = KeyMaterials.keyPairSpec(first.attributes(), firstPublic.attributes());
    KeyMaterials.Pair pair =
        materials.generateKeyPair(spec, KeyMaterials.purposeOf(spec, first.attributes()));
    ClearMaterial privMaterial = pair.privateKey();
    ClearMaterial pubMaterial = pair.publicKey();
    NewObjects.KeyFacts facts = KeyMaterials.keyPairFacts(algorithm, spec);
    OldVersion oldVersion = resolve(request.oldVersion());
    String newPrivId = newId();
    String newPubId = newId();
    try {
      return apply(
          now -> {
            ManagedObject oldPriv = visible(caller, privateKeyId, Permission.REKEY);
            ManagedObject oldPub = visible(caller, publicId, Permission.REKEY);
            requireNotArchived(oldPriv);
            requireNotArchived(oldPub);
            AttributeSet privExtra =
                privClient.toBuilder()
                    .add(AttributeKey.of(Tag.LINK), link(LinkType.PUBLIC_KEY_LINK, newPubId))
                    .build();
            AttributeSet pubExtra =
                pubClient.toBuilder()
                    .add(AttributeKey.of(Tag.LINK), link(LinkType.PRIVATE_KEY_LINK, newPrivId))
                    .build();
            ManagedObject priv =
                successor(
                    oldPriv, newPrivId, privExtra, request.offset(), privMaterial, facts, now);
            ManagedObject pub =
                successor(oldPub, newPubId, pubExtra, request.offset(), pubMaterial, facts, now);
            ManagedObject oldPrivNext =
                oldPriv.withAttributes(
                    finish(
                        oldPriv,
                        Rekeying.retire(current(oldPriv, now), newPrivId, oldVersion, now),
                        now));
            ManagedObject oldPubNext =
                oldPub.withAttributes(
                    finish(
                        oldPub,
                        Rekeying.retire(current(oldPub, now), newPubId, oldVersion, now),
                        now));
            return Planned.write(
                Atomic.of(
                    new PutObject(priv),
                    new PutObject(pub),
                    new PutObject(oldPrivNext),
                    new PutObject(oldPubNext)),
                new CreatedKeyPair(view(priv, now), view(pub, now)));
          });
    } finally {
      pair.destroy();
    }
  }

  // ---- usage -----------------------------------------------------------------------------------

  /**
   * Obtain Lease (KMIP 2.1 §6.1.35): the object's Lease Time, or the configured one, and its Last
   * Change Date. No lease is issued for a destroyed or compromised object.
   */
  public Lease obtainLease(Caller caller, String id) throws KmipException {
    Instant now = clock.instant();
    ManagedObject o = visible(caller, id, Permission.USE);
    requireNotArchived(o);
    State state = Lifecycle.effective(o, now);
    if (state == State.DESTROYED
        || state == State.DESTROYED_COMPROMISED
        || state == State.COMPROMISED) {
      throw new KmipException(
          ResultReason.WRONG_KEY_LIFECYCLE_STATE,
          "no lease for an object in state " + state.specName());
    }
    Duration lease =
        o.attributes()
            .first(Tag.LEASE_TIME)
            .filter(TtlvInterval.class::isInstance)
            .map(v -> ((TtlvInterval) v).duration())
            .orElse(settings.leaseTime());
    Instant lastChange =
        o.attributes()
            .date(Tag.LAST_CHANGE_DATE)
            .or(() -> o.attributes().date(Tag.INITIAL_DATE))
            .orElse(now);
    return new Lease(lease, lastChange);
  }

  /**
   * Get Usage Allocation (KMIP 2.1 §6.1.23): takes {@code units} from the Usage Limits Count of a
   * key that may apply protection now.
   *
   * @throws KmipException Attribute Not Found without Usage Limits; Invalid Object Type for objects
   *     that cannot apply protection; Usage Limit Exceeded when fewer units remain; Wrong Key
   *     Lifecycle State outside the protection period
   */
  public ManagedObjectView getUsageAllocation(Caller caller, String id, long units)
      throws KmipException {
    if (units <= 0) {
      throw new KmipException(
          ResultReason.INVALID_FIELD, "the Usage Limits Count requested must be positive");
    }
    return apply(
        now -> {
          ManagedObject o = visible(caller, id, Permission.USE);
          requireNotArchived(o);
          if (o.objectType() != ObjectType.SYMMETRIC_KEY
              && o.objectType() != ObjectType.PRIVATE_KEY) {
            throw new KmipException(
                ResultReason.INVALID_OBJECT_TYPE,
                "a " + o.objectType().specName() + " cannot apply cryptographic protection");
          }
          Optional<Ttlv> limitsValue = o.attributes().first(Tag.USAGE_LIMITS);
          if (limitsValue.isEmpty()) {
            throw new KmipException(
                ResultReason.ATTRIBUTE_NOT_FOUND, "the object has no Usage Limits");
          }
          Lifecycle.checkUsable(o, now, Lifecycle.Purpose.PROTECT);
          UsageLimits limits = TtlvBinder.decode(UsageLimits.class, limitsValue.get());
          long remaining = limits.usageLimitsCount().orElse(limits.usageLimitsTotal());
          if (units > remaining) {
            throw new KmipException(
                ResultReason.USAGE_LIMIT_EXCEEDED,
                "only " + remaining + " units remain of the Usage Limits");
          }
          AttributeSet a =
              o.attributes().toBuilder()
                  .set(
                      TtlvBinder.encode(
                          Tag.USAGE_LIMITS,
                          new UsageLimits(
                              limits.usageLimitsTotal(),
                              Optional.of(remaining - units),
                              limits.usageLimitsUnit())))
                  .build();
          ManagedObject next = o.withAttributes(finish(o, a, now));
          return Planned.write(new PutObject(next), view(next, now));
        });
  }

  // ---- master key
  // --------------------------------------------------------------------------------

  /**
   * Re-wraps every object's stored material under the envelope's current master key, one
   * compare-and-set write per object, while the service keeps serving: a write that meets a
   * concurrent change is rebuilt on the fresh object, so no change is lost and no material goes
   * back under the old key. Run it after the master key was rotated ({@link
   * dev.arca.core.crypto.MasterKeyFile#rotate()}); once the report is {@link
   * RewrapReport#complete() complete}, nothing needs the older master keys any more.
   *
   * <p>An administrative operation over every owner's objects: the admin layer authorizes it.
   */
  public RewrapReport rewrapToCurrentMasterKey() {
    int target = vault.currentMasterKeyId();
    long scanned = 0;
    long rewrapped = 0;
    Set<String> failed = new LinkedHashSet<>();
    // Objects created while the scan runs may shift the pages; a further pass picks up anything
    // missed, and stops as soon as one finds nothing left to do.
    for (int pass = 0; pass < 3; pass++) {
      long changed = 0;
      int offset = 0;
      while (true) {
        LocateQuery page = LocateCriteria.everything(clock.instant(), offset, PAGE);
        List<String> ids = store.locate(page).ids();
        for (String id : ids) {
          scanned++;
          try {
            if (rewrapOne(id)) {
              changed++;
              rewrapped++;
            }
            failed.remove(id);
          } catch (KmipException e) {
            LOG.warn("Could not re-wrap the material of object {}: {}", id, e.getMessage());
            failed.add(id);
          }
        }
        if (ids.size() < PAGE) {
          break;
        }
        offset += ids.size();
      }
      if (changed == 0) {
        break;
      }
    }
    LOG.info(
        "Re-wrapped {} of {} objects under master key {}; {} failed",
        rewrapped,
        scanned,
        target,
        failed.size());
    return new RewrapReport(target, scanned, rewrapped, List.copyOf(failed));
  }

  private boolean rewrapOne(String id) throws KmipException {
    return apply(
        now -> {
          Optional<ManagedObject> found = store.get(id);
          if (found.isEmpty() || found.get().material().isEmpty()) {
            return Planned.noChange(false);
          }
          ManagedObject o = found.get();
          SealedMaterial sealed = o.material().get();
          if (!vault.needsRewrap(sealed)) {
            return Planned.noChange(false);
          }
          // Re-wrapping changes neither the contents nor an attribute: Last Change Date stays.
          ManagedObject next =
              o.withMaterial(
                  o.materialState(), Optional.of(vault.rewrap(o, sealed)), o.attributes());
          return Planned.write(new PutObject(next), true);
        });
  }

  // ---- internals: the write loop
  // ------------------------------------------------------------------

  /** A change built on the state just read: the command to submit, if any, and the answer. */
  private record Planned<T>(Optional<Command> command, T result) {
    static <T> Planned<T> write(Command command, T result) {
      return new Planned<>(Optional.of(command), result);
    }

    static <T> Planned<T> noChange(T result) {
      return new Planned<>(Optional.empty(), result);
    }
  }

  @FunctionalInterface
  private interface Change<T> {
    Planned<T> plan(Instant now) throws KmipException;
  }

  /**
   * Builds the change on fresh state and submits it, again while a concurrent change wins the
   * compare-and-set. Rejections other than a conflict (a name or version taken meanwhile, an id
   * taken) also rebuild: the fresh state then shows the cause, and the plan reports it precisely.
   */
  private <T> T apply(Change<T> change) throws KmipException {
    for (int attempt = 1; attempt <= settings.conflictRetries(); attempt++) {
      Planned<T> planned = change.plan(clock.instant());
      if (planned.command().isEmpty()) {
        return planned.result();
      }
      CommandResult result = submit(planned.command().get());
      if (result.applied()) {
        return planned.result();
      }
      CommandResult.Rejected rejected = (CommandResult.Rejected) result;
      LOG.debug(
          "Change rejected on attempt {}: {} {}", attempt, rejected.reason(), rejected.message());
    }
    throw new KmipException(
        ResultReason.GENERAL_FAILURE,
        "the object kept changing concurrently; the request was not applied, try again");
  }

  private CommandResult submit(Command command) throws KmipException {
    try {
      return replicator.submitAndWait(command, settings.commandTimeout());
    } catch (NotDurableException e) {
      throw new KmipException(ResultReason.GENERAL_FAILURE, e.getMessage(), e);
    }
  }

  // ---- internals: access and views
  // ---------------------------------------------------------------

  /**
   * The object, if the caller may read it and do {@code permission}. Missing and hidden objects
   * give the same Item Not Found.
   */
  private ManagedObject visible(Caller caller, String id, Permission permission)
      throws KmipException {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(id, "id");
    Optional<ManagedObject> found = id.isEmpty() ? Optional.empty() : store.get(id);
    if (found.isEmpty() || !access.permits(caller, found.get(), Permission.READ)) {
      throw new KmipException(ResultReason.ITEM_NOT_FOUND, NOT_FOUND);
    }
    if (permission != Permission.READ && !access.permits(caller, found.get(), permission)) {
      throw new KmipException(
          ResultReason.PERMISSION_DENIED,
          "not permitted: " + permission.name().toLowerCase(Locale.ROOT));
    }
    return found.get();
  }

  private Optional<String> owner(Caller caller) {
    return access.ownerOfNewObject(caller);
  }

  /** The object as a client sees it at {@code now}. */
  private ManagedObjectView view(ManagedObject o, Instant now) {
    State state = Lifecycle.effective(o, now);
    AttributeSet.Builder b =
        o.attributes().toBuilder().set(Ttlv.enumeration(Tag.STATE, state.code()));
    if (o.keyName().isPresent()) {
      b.set(VersionedKeys.VERSION, VersionedKeys.versionValue(o.keyVersion()));
    }
    b.remove(ShareAttribute.KEY);
    if (access.sharing().isPresent()) {
      for (Ttlv share : ShareAttribute.values(access.sharing().get().grants(o))) {
        b.add(ShareAttribute.KEY, share);
      }
    }
    return new ManagedObjectView(o, state, b.build());
  }

  /** The stored attributes with State the effective state at {@code now}. */
  private static AttributeSet current(ManagedObject o, Instant now) {
    return Lifecycle.withEffectiveState(o.storedState(), o.attributes(), now);
  }

  /** Attributes ready to store: the effective state written, Last Change Date now. */
  private static AttributeSet finish(ManagedObject o, AttributeSet attributes, Instant now) {
    State stored = attributes.enumeration(Tag.STATE, State.class).orElse(o.storedState());
    AttributeSet withState = Lifecycle.withEffectiveState(stored, attributes, now);
    return withState.toBuilder()
        .set(Ttlv.dateTime(Tag.LAST_CHANGE_DATE, now))
        .remove(VersionedKeys.VERSION)
        .remove(ShareAttribute.KEY)
        .build();
  }

  private static void requireNotArchived(ManagedObject o) throws KmipException {
    if (o.materialState() == MaterialState.ARCHIVED) {
      throw new KmipException(
          ResultReason.OBJECT_ARCHIVED, "the object is archived; recover it first");
    }
  }

  private static SealedMaterial materialOf(ManagedObject o) throws KmipException {
    requireNotArchived(o);
    if (o.materialState() == MaterialState.DESTROYED || o.material().isEmpty()) {
      throw new KmipException(
          ResultReason.KEY_VALUE_NOT_PRESENT, "the object's key material has been destroyed");
    }
    return o.material().get();
  }

  private static OptionalInt dataTypeOf(ManagedObject o) {
    Optional<Ttlv> v =
        o.objectType() == ObjectType.SECRET_DATA
            ? o.attributes().first(SECRET_DATA_TYPE)
            : o.attributes().first(Tag.OPAQUE_DATA_TYPE);
    return v.filter(TtlvEnumeration.class::isInstance)
        .map(e -> OptionalInt.of(((TtlvEnumeration) e).value()))
        .orElse(OptionalInt.empty());
  }

  // ---- internals: attribute and lifecycle changes ----------------------------------------------

  @FunctionalInterface
  private interface Edit {
    AttributeSet apply(ManagedObject o, AttributeSet current, State state, Instant now)
        throws KmipException;
  }

  /**
   * A client's attribute change: on the attributes with the effective state, checked, with the
   * versioned key's name protected and new names checked for uniqueness.
   */
  private ManagedObjectView editAttributes(Caller caller, String id, Edit edit)
      throws KmipException {
    return apply(
        now -> {
          ManagedObject o = visible(caller, id, Permission.MODIFY);
          requireNotArchived(o);
          AttributeSet current = current(o, now);
          State state = Lifecycle.effective(o, now);
          AttributeSet edited = edit.apply(o, current, state, now);
          Optional<String> keyName = checkNameChange(o, current, edited);
          ManagedObject next = o.withAttributes(finish(o, edited, now), keyName);
          return Planned.write(new PutObject(next), view(next, now));
        });
  }

  @FunctionalInterface
  private interface ShareEdit {
    SortedMap<String, Set<Permission>> apply(SortedMap<String, Set<Permission>> grants)
        throws KmipException;
  }

  /**
   * An owner's change of {@link ShareAttribute}: a change of the grants to key sharing groups,
   * submitted by {@link KeySharing} as the admin API's grants are. Only the owner, or an
   * administrator, may change them; anyone else who may see the key is refused.
   */
  private ManagedObjectView editShares(Caller caller, String id, ShareEdit edit)
      throws KmipException {
    ManagedObject o = visible(caller, id, Permission.READ);
    if (!caller.administrator() && o.owner().filter(caller.username()::equals).isEmpty()) {
      throw new KmipException(
          ResultReason.PERMISSION_DENIED,
          "not permitted: only the key's owner shares it (" + ShareAttribute.NAME + ")");
    }
    KeySharing sharing =
        access
            .sharing()
            .orElseThrow(
                () ->
                    new KmipException(
                        ResultReason.FEATURE_NOT_SUPPORTED,
                        "this server has no key sharing groups"));
    SortedMap<String, Set<Permission>> before = sharing.grants(o);
    SortedMap<String, Set<Permission>> after = edit.apply(before);
    Map<String, Set<Permission>> changes = new TreeMap<>();
    for (String group : before.keySet()) {
      if (!after.containsKey(group)) {
        changes.put(group, Set.of());
      }
    }
    for (Map.Entry<String, Set<Permission>> e : after.entrySet()) {
      if (!e.getValue().equals(before.get(e.getKey()))) {
        if (sharing.group(e.getKey()).isEmpty()) {
          throw ShareAttribute.invalid(
              "names the key sharing group '"
                  + e.getKey()
                  + "', which does not exist; an administrator creates groups");
        }
        changes.put(e.getKey(), e.getValue());
      }
    }
    if (!changes.isEmpty()) {
      try {
        sharing.change(o, changes);
      } catch (UserDirectoryException e) {
        throw new KmipException(
            switch (e.reason()) {
              case INVALID_NAME, NOT_FOUND -> ResultReason.INVALID_ATTRIBUTE_VALUE;
              default -> ResultReason.GENERAL_FAILURE;
            },
            ShareAttribute.NAME + ": " + e.getMessage(),
            e);
      }
      LOG.info("{} changed the key sharing groups of {}: {}", caller, id, changes.keySet());
    }
    return view(o, clock.instant());
  }

  private ManagedObjectView changeLifecycle(Caller caller, String id, Edit edit)
      throws KmipException {
    return apply(
        now -> {
          ManagedObject o = visible(caller, id, Permission.MANAGE);
          requireNotArchived(o);
          AttributeSet changed = edit.apply(o, current(o, now), Lifecycle.effective(o, now), now);
          ManagedObject next = o.withAttributes(finish(o, changed, now));
          return Planned.write(new PutObject(next), view(next, now));
        });
  }

  /**
   * The name of a versioned key names every version, so once a key has a second version no version
   * may lose it; a key with one version may be renamed (its first Name becomes the key's name) or
   * lose its names. A name a client adds must not be another object's (KMIP 2.1 §4.32: "Names SHALL
   * be unique within a given key management domain").
   *
   * @return the key name the object has after the change
   */
  private Optional<String> checkNameChange(ManagedObject o, AttributeSet before, AttributeSet after)
      throws KmipException {
    List<String> oldNames = names(before);
    List<String> newNames = names(after);
    Optional<String> keyName = o.keyName();
    if (keyName.isPresent() && !newNames.contains(keyName.get())) {
      if (o.keyVersion() != 0 || store.latestVersion(keyName.get()).orElse(0) != 0) {
        throw new KmipException(
            ResultReason.ATTRIBUTE_READ_ONLY,
            "the Name '"
                + keyName.get()
                + "' names every version of this versioned key and cannot be removed or changed");
      }
      keyName = newNames.stream().findFirst();
    }
    requireDistinct(newNames);
    List<String> added = new ArrayList<>(newNames);
    added.removeAll(oldNames);
    checkNamesFree(added, o.keyName(), o.id());
    return keyName;
  }

  /**
   * Refuses a name given twice to one object. Names SHALL be unique (KMIP 2.1 §4.32), so a second,
   * identical Name is refused like a name another object has, with Non Unique Name Attribute (the
   * reason the OASIS test case BL-M-8 expects).
   */
  private static void requireDistinct(List<String> names) throws KmipException {
    Set<String> seen = new HashSet<>();
    for (String n : names) {
      if (!seen.add(n)) {
        throw new KmipException(
            ResultReason.NON_UNIQUE_NAME_ATTRIBUTE, "the object already has the name '" + n + "'");
      }
    }
  }

  /**
   * Refuses names another object has. Names of the versioned key {@code sameKey} are allowed to the
   * versions of that key.
   */
  private void checkNamesFree(List<String> names, Optional<String> sameKey, String ownId)
      throws KmipException {
    for (String name : names) {
      boolean ours = sameKey.filter(name::equals).isPresent();
      if (!ours && store.latestVersion(name).isPresent()) {
        throw nameInUse(name);
      }
      LocateQuery q =
          LocateCriteria.anyMaterialState(
              LocateCriteria.withName(LocateCriteria.everything(clock.instant(), 0, 16), name));
      for (String other :
          store.locate(LocateCriteria.withVersions(q, LocateQuery.Versions.newestUsable())).ids()) {
        if (other.equals(ownId)) {
          continue;
        }
        Optional<ManagedObject> found = store.get(other);
        if (found.isPresent() && sameKey.isPresent() && found.get().keyName().equals(sameKey)) {
          continue;
        }
        throw nameInUse(name);
      }
    }
  }

  private static KmipException nameInUse(String name) {
    return new KmipException(
        ResultReason.NON_UNIQUE_NAME_ATTRIBUTE, "the name '" + name + "' is already in use");
  }

  /** The Name Values of the attributes, in order. */
  static List<String> names(AttributeSet attributes) throws KmipException {
    List<String> out = new ArrayList<>();
    for (Name n : attributes.records(Tag.NAME, Name.class)) {
      out.add(n.nameValue());
    }
    return out;
  }

  // ---- internals: creating ---------------------------------------------------------------------

  private ManagedObjectView createObject(
      Caller caller,
      ObjectType type,
      AttributeSet attributes,
      ClearMaterial material,
      NewObjects.KeyFacts facts,
      boolean generated)
      throws KmipException {
    List<String> names = names(attributes);
    requireDistinct(names);
    Optional<String> keyName = names.isEmpty() ? Optional.empty() : Optional.of(names.get(0));
    Optional<String> owner = owner(caller);
    String id = newId();
    return apply(
        now -> {
          checkNamesFree(names, Optional.empty(), id);
          AttributeSet attrs =
              NewObjects.complete(
                  attributes,
                  type,
                  id,
                  material,
                  facts,
                  generated,
                  now,
                  settings.leaseTime(),
                  vault);
          ManagedObject o =
              new ManagedObject(
                  id,
                  type,
                  attrs,
                  owner,
                  keyName,
                  0,
                  MaterialState.ONLINE,
                  Optional.of(vault.seal(id, 0, material)),
                  1);
          return Planned.write(new PutObject(o), view(o, now));
        });
  }

  private CreatedKeyPair createPair(
      AttributeSet priv,
      AttributeSet pub,
      KeyMaterials.Pair material,
      NewObjects.KeyFacts facts,
      Optional<String> owner)
      throws KmipException {
    ClearMaterial privMaterial = material.privateKey();
    ClearMaterial pubMaterial = material.publicKey();
    List<String> privNames = names(priv);
    List<String> pubNames = names(pub);
    requireDistinct(privNames);
    requireDistinct(pubNames);
    for (String n : privNames) {
      if (pubNames.contains(n)) {
        throw new KmipException(
            ResultReason.NON_UNIQUE_NAME_ATTRIBUTE,
            "the private and the public key need different names; '" + n + "' is given to both");
      }
    }
    Optional<String> privKeyName = privNames.stream().findFirst();
    Optional<String> pubKeyName = pubNames.stream().findFirst();
    String privId = newId();
    String pubId = newId();
    AttributeSet privAttrs =
        priv.toBuilder()
            .add(AttributeKey.of(Tag.LINK), link(LinkType.PUBLIC_KEY_LINK, pubId))
            .build();
    AttributeSet pubAttrs =
        pub.toBuilder()
            .add(AttributeKey.of(Tag.LINK), link(LinkType.PRIVATE_KEY_LINK, privId))
            .build();
    return apply(
        now -> {
          checkNamesFree(privNames, Optional.empty(), privId);
          checkNamesFree(pubNames, Optional.empty(), pubId);
          ManagedObject p =
              new ManagedObject(
                  privId,
                  ObjectType.PRIVATE_KEY,
                  NewObjects.complete(
                      privAttrs,
                      ObjectType.PRIVATE_KEY,
                      privId,
                      privMaterial,
                      facts,
                      true,
                      now,
                      settings.leaseTime(),
                      vault),
                  owner,
                  privKeyName,
                  0,
                  MaterialState.ONLINE,
                  Optional.of(vault.seal(privId, 0, privMaterial)),
                  1);
          ManagedObject q =
              new ManagedObject(
                  pubId,
                  ObjectType.PUBLIC_KEY,
                  NewObjects.complete(
                      pubAttrs,
                      ObjectType.PUBLIC_KEY,
                      pubId,
                      pubMaterial,
                      facts,
                      true,
                      now,
                      settings.leaseTime(),
                      vault),
                  owner,
                  pubKeyName,
                  0,
                  MaterialState.ONLINE,
                  Optional.of(vault.seal(pubId, 0, pubMaterial)),
                  1);
          return Planned.write(
              Atomic.of(new PutObject(p), new PutObject(q)),
              new CreatedKeyPair(view(p, now), view(q, now)));
        });
  }

  /**
   * The next version of {@code old}: the copied attributes, the version number, sealed material.
   */
  private ManagedObject successor(
      ManagedObject old,
      String newId,
      AttributeSet client,
      Optional<Duration> offset,
      ClearMaterial material,
      NewObjects.KeyFacts facts,
      Instant now)
      throws KmipException {
    int version = 0;
    if (old.keyName().isPresent()) {
      version =
          VersionedKeys.nextVersion(old.keyName().get(), store.latestVersion(old.keyName().get()));
    }
    AttributeSet oldCurrent = current(old, now);
    AttributeSet carried =
        Rekeying.carriedOver(oldCurrent, client, offset, now).toBuilder()
            .add(AttributeKey.of(Tag.LINK), Rekeying.replacedLink(old.id()))
            .build();
    List<String> added = names(carried);
    requireDistinct(added);
    added.removeAll(names(oldCurrent));
    checkNamesFree(added, old.keyName(), newId);
    AttributeSet attrs =
        NewObjects.complete(
            carried,
            old.objectType(),
            newId,
            material,
            facts,
            true,
            now,
            settings.leaseTime(),
            vault);
    return new ManagedObject(
        newId,
        old.objectType(),
        attrs,
        old.owner(),
        old.keyName(),
        version,
        MaterialState.ONLINE,
        Optional.of(vault.seal(newId, version, material)),
        1);
  }

  private OldVersion resolve(OldVersion requested) {
    return requested.kind() == OldVersion.Kind.SERVER_DEFAULT
        ? settings.rekeyOldVersion()
        : requested;
  }

  private static String newId() {
    return UUID.randomUUID().toString();
  }

  private static Ttlv link(LinkType type, String id) {
    return TtlvBinder.encode(Tag.LINK, Link.of(type, id));
  }

  /** The Unique Identifier of a private key's public key (its Public Key Link). */
  private static String publicKeyOf(ManagedObject privateKey) throws KmipException {
    for (Link l : privateKey.attributes().records(Tag.LINK, Link.class)) {
      if (l.linkType() == LinkType.PUBLIC_KEY_LINK
          && l.linkedObjectIdentifier().text().isPresent()) {
        return l.linkedObjectIdentifier().text().get();
      }
    }
    throw new KmipException(
        ResultReason.ITEM_NOT_FOUND, "the private key has no Public Key Link to re-key with");
  }

  private static boolean flag(AttributeSet a, Tag tag, boolean absent) {
    return a.first(tag)
        .filter(TtlvBoolean.class::isInstance)
        .map(v -> ((TtlvBoolean) v).value())
        .orElse(absent);
  }

  private static Set<String> intersection(Set<String> a, Set<String> b) {
    Set<String> out = new LinkedHashSet<>(a);
    out.retainAll(b);
    return out;
  }

  @Override
  public String toString() {
    return "KeyService[" + settings + "]";
  }
}
