package dev.arca.core.crypto;

import dev.arca.core.crypto.CryptoException.Reason;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The passphrase-sealed master key file ({@value #FILE_NAME}) in the data directory: the root of
 * trust of a node when no HSM holds the master key.
 *
 * <p>The file holds every master key (the current one and those kept after rotation), each wrapped
 * with AES-256-GCM under a key-encryption key derived from the passphrase:
 *
 * <ol>
 *   <li>P = PBKDF2-HMAC-SHA-256(passphrase, 32-byte salt, iterations, 32 bytes) (SP 800-132);
 *   <li>KEK, check key and file-MAC key = SP 800-108 counter-mode KDF with HMAC-SHA-256 over P, one
 *       label each (key separation: none of them reveals another);
 *   <li>the check value is HMAC(check key, constant): it tells a wrong passphrase apart from a
 *       damaged file without revealing anything about the KEK or the master keys;
 *   <li>a MAC under the file-MAC key covers every field, so an edited file (a rolled-back rotation,
 *       a swapped key) is refused.
 * </ol>
 *
 * <p>Passphrase sources, first found wins: the environment variable {@value
 * #PASSPHRASE_ENVIRONMENT}; the passphrase file given in {@link Options}; or, for development
 * setups, {@value #GENERATED_PASSPHRASE_FILE} beside the data, generated on first start with a loud
 * warning, since whoever copies the data directory then has the keys too.
 *
 * <p>Writes are atomic and durable (temporary file, fsync, rename, fsync of the directory) and the
 * files are 0600 on POSIX systems.
 */
public final class MasterKeyFile implements AutoCloseable {

  /** Name of the master key file in the data directory. */
  public static final String FILE_NAME = "master-key.json";

  /**
   * Name of the development passphrase file, generated beside the data when nothing else is set.
   */
  public static final String GENERATED_PASSPHRASE_FILE = "master-passphrase.txt";

  /** Environment variable holding the passphrase. */
  public static final String PASSPHRASE_ENVIRONMENT = "ARCA_MASTER_PASSPHRASE";

  /** Default PBKDF2 iteration count (OWASP 2023 guidance for PBKDF2-HMAC-SHA-256). */
  public static final int DEFAULT_ITERATIONS = 600_000;

  /** The smallest iteration count accepted outside tests. */
  public static final int MIN_ITERATIONS = 100_000;

  /**
   * Shortest new passphrase, in characters. BC-FIPS in approved-only mode wants at least 112 bits
   * of PBKDF2 password (SP 800-132 as the module enforces it), and people pick short ones.
   */
  public static final int MIN_PASSPHRASE_LENGTH = 16;

  private static final Logger LOG = LoggerFactory.getLogger(MasterKeyFile.class);

  private static final int FORMAT = 1;
  private static final String KDF = "PBKDF2-HMAC-SHA-256";
  private static final String SUBKEYS = "SP800-108-CTR-HMAC-SHA-256";
  private static final String WRAP = "AES-256-GCM";
  private static final int SALT_BYTES = 32;
  private static final int GCM_IV = 12;
  private static final int GCM_TAG = 16;
  private static final int MAX_FILE_BYTES = 1 << 20;
  private static final byte[] CHECK_INPUT =
      "arca master key passphrase check v1".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] KDF_CONTEXT =
      "arca master-key.json v1".getBytes(StandardCharsets.US_ASCII);

  /** Where the passphrase came from. */
  public enum PassphraseSource {
    /** The environment variable {@value MasterKeyFile#PASSPHRASE_ENVIRONMENT}. */
    ENVIRONMENT,
    /** The passphrase file named in the options. */
    FILE,
    /** The generated development file {@value MasterKeyFile#GENERATED_PASSPHRASE_FILE}. */
    GENERATED_FILE
  }

  /** Settings for opening the master key file; validated as they are set. */
  public static final class Options {
    private final Path dataDirectory;
    private final Optional<Path> passphraseFile;
    private final int iterations;
    private final boolean testIterations;
    private final Function<String, String> environment;

    private Options(
        Path dataDirectory,
        Optional<Path> passphraseFile,
        int iterations,
        boolean testIterations,
        Function<String, String> environment) {
      this.dataDirectory = dataDirectory;
      this.passphraseFile = passphraseFile;
      this.iterations = iterations;
      this.testIterations = testIterations;
      this.environment = environment;
    }

    /**
     * Defaults for a data directory: no passphrase file, {@value MasterKeyFile#DEFAULT_ITERATIONS}
     * iterations.
     */
    public static Options of(Path dataDirectory) {
      return new Options(
          Objects.requireNonNull(dataDirectory, "dataDirectory"),
          Optional.empty(),
          DEFAULT_ITERATIONS,
          false,
          System::getenv);
    }

    /** Reads the passphrase from {@code file} when the environment variable is not set. */
    public Options withPassphraseFile(Path file) {
      return new Options(
          dataDirectory,
          Optional.of(Objects.requireNonNull(file, "file")),
          iterations,
          testIterations,
          environment);
    }

    /**
     * PBKDF2 iterations for newly sealed files.
     *
     * @throws IllegalArgumentException unless {@value MasterKeyFile#MIN_ITERATIONS} ≤ iterations ≤
     *     10,000,000
     */
    public Options withIterations(int iterations) {
      if (iterations < MIN_ITERATIONS || iterations > 10_000_000) {
        throw new IllegalArgumentException(
            "master key PBKDF2 iterations must be "
                + MIN_ITERATIONS
                + "..10000000, was "
                + iterations);
      }
      return new Options(dataDirectory, passphraseFile, iterations, false, environment);
    }

    /** Any iteration count, also below the minimum, and accepts such files: tests only. */
    Options withTestIterations(int iterations) {
      if (iterations < 1) {
        throw new IllegalArgumentException("iterations must be positive");
      }
      return new Options(dataDirectory, passphraseFile, iterations, true, environment);
    }

    /** Replaces the environment lookup: tests only. */
    Options withEnvironment(Function<String, String> lookup) {
      return new Options(dataDirectory, passphraseFile, iterations, testIterations, lookup);
    }

    /** The data directory. */
    public Path dataDirectory() {
      return dataDirectory;
    }

    /** The passphrase file, if configured. */
    public Optional<Path> passphraseFile() {
      return passphraseFile;
    }

    /** PBKDF2 iterations for newly sealed files. */
    public int iterations() {
      return iterations;
    }
  }

  /** One wrapped master key as stored. */
  private record StoredKey(int id, Instant created, byte[] wrapped) {}

  /** Keys derived from the passphrase; zeroed when replaced or closed. */
  private record Derived(byte[] kek, byte[] checkKey, byte[] macKey) {
    void zero() {
      Bytes.zero(kek);
      Bytes.zero(checkKey);
      Bytes.zero(macKey);
    }
  }

  private final CryptoModule module;
  private final Options options;
  private final Path path;
  private final Envelope envelope;
  private final PassphraseSource source;
  private byte[] salt;
  private int iterations;
  private Derived derived;
  private List<StoredKey> stored;
  private List<MasterKey> keys;
  private int currentId;
  private boolean closed;

  private MasterKeyFile(
      CryptoModule module,
      Options options,
      PassphraseSource source,
      byte[] salt,
      int iterations,
      Derived derived,
      List<StoredKey> stored,
      List<MasterKey> keys,
      int currentId) {
    this.module = module;
    this.options = options;
    this.path = options.dataDirectory.resolve(FILE_NAME);
    this.source = source;
    this.salt = salt;
    this.iterations = iterations;
    this.derived = derived;
    this.stored = stored;
    this.keys = keys;
    this.currentId = currentId;
    this.envelope = new Envelope(module, ring());
  }

  /**
   * Opens the master key file of the data directory, creating it (and a first random master key) on
   * first start.
   *
   * @throws CryptoException {@code AUTHENTICATION_FAILED} "master key passphrase is wrong"; {@code
   *     STORAGE} when no passphrase is available or the file is unreadable, damaged or modified;
   *     {@code INVALID_INPUT} when a new passphrase is too short
   */
  public static MasterKeyFile open(CryptoModule module, Options options) throws CryptoException {
    Objects.requireNonNull(module, "module");
    Objects.requireNonNull(options, "options");
    module.checkOperational();
    Path dataDirectory = options.dataDirectory;
    Path file = dataDirectory.resolve(FILE_NAME);
    try {
      SecureFiles.ensureDirectory(dataDirectory);
    } catch (IOException e) {
      throw storage("cannot create data directory " + dataDirectory, e);
    }
    boolean exists = Files.exists(file);
    Passphrase passphrase = resolvePassphrase(module, options, exists);
    try {
      if (exists) {
        return load(module, options, file, passphrase);
      }
      return create(module, options, passphrase);
    } finally {
      passphrase.zero();
    }
  }

  /** The envelope sealing stored key material under the current master key. */
  public Envelope envelope() {
    return envelope;
  }

  /** The id of the current master key. */
  public synchronized int currentKeyId() {
    return currentId;
  }

  /** The ids of all master keys held, ascending. */
  public synchronized List<Integer> keyIds() {
    List<Integer> ids = new ArrayList<>();
    for (StoredKey key : stored) {
      ids.add(key.id());
    }
    return Collections.unmodifiableList(ids);
  }

  /** The path of the master key file. */
  public Path path() {
    return path;
  }

  /** Where the passphrase came from at open. */
  public PassphraseSource passphraseSource() {
    return source;
  }

  /** PBKDF2 iterations the file is sealed with. */
  public synchronized int iterations() {
    return iterations;
  }

  /**
   * Creates master key N+1 and makes it current. The older keys stay in the file, sealed under the
   * same passphrase, so envelopes under them still open; {@link Envelope#rewrap} moves each value
   * to the new key.
   */
  public synchronized void rotate() throws CryptoException {
    checkOpen();
    module.checkOperational();
    int nextId = stored.stream().mapToInt(StoredKey::id).max().orElse(0) + 1;
    MasterKey key = MasterKey.generate(module, nextId);
    List<StoredKey> nextStored = new ArrayList<>(stored);
    try {
      nextStored.add(new StoredKey(nextId, Instant.now(), wrapKey(module, derived, key)));
      write(salt, iterations, derived, nextStored, nextId);
    } catch (CryptoException e) {
      key.destroy(); // not durable, so never used
      throw e;
    }
    List<MasterKey> nextKeys = new ArrayList<>(keys);
    nextKeys.add(key);
    stored = List.copyOf(nextStored);
    keys = List.copyOf(nextKeys);
    currentId = nextId;
    envelope.update(ring());
    LOG.info(
        "Master key rotated: key {} is current; {} older key(s) kept", nextId, keys.size() - 1);
  }

  /**
   * Seals the same master keys under a new passphrase (new salt, the configured iteration count).
   * The new passphrase must be supplied at the next start; a generated development passphrase file
   * no longer opens anything and is deleted.
   *
   * @param newPassphrase at least {@value #MIN_PASSPHRASE_LENGTH} characters; not retained
   */
  public synchronized void changePassphrase(char[] newPassphrase) throws CryptoException {
    Objects.requireNonNull(newPassphrase, "newPassphrase");
    checkOpen();
    module.checkOperational();
    Passphrase passphrase = Passphrase.of(newPassphrase);
    try {
      passphrase.checkStrength();
      byte[] newSalt = random(module, SALT_BYTES);
      int newIterations = options.iterations;
      Derived newDerived = derive(module, passphrase, newSalt, newIterations);
      List<StoredKey> rewrapped = new ArrayList<>();
      try {
        for (MasterKey key : keys) {
          StoredKey old = storedKey(key.id());
          rewrapped.add(new StoredKey(key.id(), old.created(), wrapKey(module, newDerived, key)));
        }
        write(newSalt, newIterations, newDerived, rewrapped, currentId);
      } catch (CryptoException e) {
        newDerived.zero(); // the old file and passphrase stay in force
        throw e;
      }
      derived.zero();
      derived = newDerived;
      salt = newSalt;
      iterations = newIterations;
      stored = List.copyOf(rewrapped);
    } finally {
      passphrase.zero();
    }
    // A generated passphrase file now holds a passphrase that opens nothing; left in place it
    // would be picked up at the next start and fail as "wrong passphrase".
    Path generated = options.dataDirectory.resolve(GENERATED_PASSPHRASE_FILE);
    if (Files.exists(generated)) {
      try {
        SecureFiles.deleteDurably(generated);
        LOG.info("Deleted {}: it held the old passphrase", generated);
      } catch (IOException e) {
        LOG.warn(
            "Could not delete {}, which holds the old passphrase: {}", generated, e.toString());
      }
    }
    LOG.warn(
        "Master key passphrase changed; supply the new passphrase at the next start "
            + "through {} or the passphrase file",
        PASSPHRASE_ENVIRONMENT);
  }

  /** Zeroes the master keys and derived keys held in memory; the envelope stops working. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    derived.zero();
    for (MasterKey key : keys) {
      key.destroy();
    }
  }

  @Override
  public synchronized String toString() {
    return "MasterKeyFile["
        + path
        + ", current key "
        + currentId
        + ", "
        + stored.size()
        + " key(s), passphrase from "
        + source
        + (closed ? ", closed" : "")
        + "]";
  }

  // ---- open and create ---------------------------------------------------------------------

  private static MasterKeyFile create(CryptoModule module, Options options, Passphrase passphrase)
      throws CryptoException {
    passphrase.checkStrength();
    byte[] salt = random(module, SALT_BYTES);
    Derived derived = derive(module, passphrase, salt, options.iterations);
    MasterKey first = MasterKey.generate(module, 1);
    List<StoredKey> stored =
        List.of(new StoredKey(1, Instant.now(), wrapKey(module, derived, first)));
    MasterKeyFile file =
        new MasterKeyFile(
            module,
            options,
            passphrase.source,
            salt,
            options.iterations,
            derived,
            stored,
            List.of(first),
            1);
    try {
      file.write(salt, options.iterations, derived, stored, 1);
    } catch (CryptoException e) {
      file.close();
      throw e;
    }
    LOG.info(
        "Created master key file {} (master key 1, {} PBKDF2 iterations, passphrase from {})",
        file.path,
        options.iterations,
        passphrase.source);
    return file;
  }

  private static MasterKeyFile load(
      CryptoModule module, Options options, Path file, Passphrase passphrase)
      throws CryptoException {
    Parsed parsed = Parsed.read(file);
    if (parsed.iterations < MIN_ITERATIONS && !options.testIterations) {
      throw storage(
          "master key file "
              + file
              + " uses "
              + parsed.iterations
              + " PBKDF2 iterations; at least "
              + MIN_ITERATIONS
              + " are required",
          null);
    }
    Derived derived = derive(module, passphrase, parsed.salt, parsed.iterations);
    boolean loaded = false;
    List<MasterKey> keys = new ArrayList<>();
    try {
      byte[] check = hmac(module, derived.checkKey, CHECK_INPUT);
      if (!Bytes.constantTimeEquals(check, parsed.check)) {
        throw new CryptoException(Reason.AUTHENTICATION_FAILED, "master key passphrase is wrong");
      }
      byte[] mac =
          hmac(
              module,
              derived.macKey,
              canonical(parsed.salt, parsed.iterations, parsed.check, parsed.keys, parsed.current));
      if (!Bytes.constantTimeEquals(mac, parsed.mac)) {
        throw storage("master key file " + file + " is damaged or was modified", null);
      }
      for (StoredKey key : parsed.keys) {
        keys.add(unwrapKey(module, derived, key, file));
      }
      loaded = true;
    } finally {
      if (!loaded) {
        derived.zero();
        keys.forEach(MasterKey::destroy);
      }
    }
    if (parsed.iterations < options.iterations) {
      LOG.warn(
          "Master key file {} is sealed with {} PBKDF2 iterations, fewer than the configured {}; "
              + "change the passphrase to re-seal it",
          file,
          parsed.iterations,
          options.iterations);
    }
    LOG.info(
        "Opened master key file {}: current master key {}, {} key(s), passphrase from {}",
        file,
        parsed.current,
        keys.size(),
        passphrase.source);
    return new MasterKeyFile(
        module,
        options,
        passphrase.source,
        parsed.salt,
        parsed.iterations,
        derived,
        parsed.keys,
        List.copyOf(keys),
        parsed.current);
  }

  // ---- passphrase ------------------------------------------------------------------------------

  /** Passphrase bytes (UTF-8) and their origin; zeroed after use. */
  private static final class Passphrase {
    private final byte[] utf8;
    private final PassphraseSource source;

    private Passphrase(byte[] utf8, PassphraseSource source) {
      this.utf8 = utf8;
      this.source = source;
    }

    /** A passphrase given by the caller, e.g. to change it; it has no configured source. */
    static Passphrase of(char[] chars) {
      ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
      byte[] bytes = Arrays.copyOfRange(encoded.array(), encoded.position(), encoded.limit());
      Arrays.fill(encoded.array(), (byte) 0);
      return new Passphrase(bytes, null);
    }

    void checkStrength() throws CryptoException {
      int characters = 0;
      for (byte b : utf8) {
        if ((b & 0xC0) != 0x80) {
          characters++;
        }
      }
      if (characters < MIN_PASSPHRASE_LENGTH) {
        throw Boundary.invalid(
            "master key passphrase must be at least " + MIN_PASSPHRASE_LENGTH + " characters");
      }
    }

    void zero() {
      Bytes.zero(utf8);
    }
  }

  private static Passphrase resolvePassphrase(
      CryptoModule module, Options options, boolean fileExists) throws CryptoException {
    String fromEnvironment = options.environment.apply(PASSPHRASE_ENVIRONMENT);
    if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
      return new Passphrase(
          fromEnvironment.getBytes(StandardCharsets.UTF_8), PassphraseSource.ENVIRONMENT);
    }
    if (options.passphraseFile.isPresent()) {
      return new Passphrase(
          readPassphraseFile(options.passphraseFile.get()), PassphraseSource.FILE);
    }
    Path generated = options.dataDirectory.resolve(GENERATED_PASSPHRASE_FILE);
    if (Files.exists(generated)) {
      warnGenerated(generated);
      return new Passphrase(readPassphraseFile(generated), PassphraseSource.GENERATED_FILE);
    }
    if (fileExists) {
      throw storage(
          "no master key passphrase: set "
              + PASSPHRASE_ENVIRONMENT
              + " or configure the passphrase file",
          null);
    }
    // Development setup: nothing configured and no key file yet.
    byte[] secret = random(module, 32);
    byte[] text = Base64.getUrlEncoder().withoutPadding().encode(secret);
    Bytes.zero(secret);
    try {
      SecureFiles.createNew(generated, Bytes.concat(text, new byte[] {'\n'}));
    } catch (IOException e) {
      Bytes.zero(text);
      throw storage("cannot write " + generated, e);
    }
    warnGenerated(generated);
    return new Passphrase(text, PassphraseSource.GENERATED_FILE);
  }

  private static void warnGenerated(Path generated) {
    LOG.warn(
        "MASTER KEY PASSPHRASE STORED NEXT TO THE DATA: {} holds the passphrase that seals every "
            + "key in {}; anyone who copies the data directory can read all keys. To move it: "
            + "put the passphrase in a secret store or a file on another volume readable only by "
            + "the server, pass it through {} or the passphrase file setting, restart, then "
            + "delete {} (or change the passphrase, which deletes it).",
        generated,
        generated.toAbsolutePath().getParent(),
        PASSPHRASE_ENVIRONMENT,
        generated);
  }

  private static byte[] readPassphraseFile(Path file) throws CryptoException {
    byte[] bytes;
    try {
      if (Files.size(file) > 4096) {
        throw storage("passphrase file " + file + " is larger than 4 KiB", null);
      }
      if (SecureFiles.readableByOthers(file)) {
        LOG.warn("Passphrase file {} is readable by group or others; make it 0600", file);
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw storage("passphrase file " + file + " does not exist", null);
    } catch (IOException e) {
      throw storage("cannot read passphrase file " + file, e);
    }
    int end = bytes.length;
    if (end > 0 && bytes[end - 1] == '\n') {
      end--;
      if (end > 0 && bytes[end - 1] == '\r') {
        end--;
      }
    }
    byte[] passphrase = Arrays.copyOf(bytes, end);
    Bytes.zero(bytes);
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(passphrase));
    } catch (CharacterCodingException e) {
      Bytes.zero(passphrase);
      throw storage("passphrase file " + file + " is not UTF-8 text", null);
    }
    if (passphrase.length == 0) {
      throw storage("passphrase file " + file + " is empty", null);
    }
    return passphrase;
  }

  // ---- key derivation and wrapping ---------------------------------------------------------

  private static Derived derive(
      CryptoModule module, Passphrase passphrase, byte[] salt, int iterations)
      throws CryptoException {
    return Boundary.run(
        module,
        "master key passphrase derivation",
        () -> {
          byte[] p = Kdfs.pbkdf2(DigestAlgorithm.SHA256, passphrase.utf8, salt, iterations, 32);
          try {
            return new Derived(subkey(p, "KEK"), subkey(p, "CHECK"), subkey(p, "FILE-MAC"));
          } finally {
            Bytes.zero(p);
          }
        });
  }

  /** SP 800-108r1 §4.1 fixed input: Label ‖ 0x00 ‖ Context ‖ [L]32, L = 256. */
  private static byte[] subkey(byte[] p, String label) throws CryptoException {
    byte[] fixed =
        Bytes.concat(
            label.getBytes(StandardCharsets.US_ASCII),
            new byte[] {0},
            KDF_CONTEXT,
            Bytes.intBigEndian(256));
    return Kdfs.counterMode(MacAlgorithm.HMAC_SHA256, p, fixed, 32);
  }

  private static byte[] wrapKey(CryptoModule module, Derived derived, MasterKey key)
      throws CryptoException {
    return Boundary.run(
        module,
        "master key wrap",
        () -> {
          Cipher cipher = Jca.cipher("AES/GCM/NoPadding");
          cipher.init(Cipher.ENCRYPT_MODE, new RawSecretKey("AES", derived.kek), module.drbg());
          cipher.updateAAD(wrapAad(key.id()));
          return Bytes.concat(cipher.getIV(), cipher.doFinal(key.bytes()));
        });
  }

  private static MasterKey unwrapKey(
      CryptoModule module, Derived derived, StoredKey stored, Path file) throws CryptoException {
    byte[] wrapped = stored.wrapped();
    if (wrapped.length != GCM_IV + MasterKey.LENGTH_BYTES + GCM_TAG) {
      throw storage("master key file " + file + " holds a malformed key " + stored.id(), null);
    }
    try {
      return Boundary.run(
          module,
          "master key unwrap",
          () -> {
            Cipher cipher = Jca.cipher("AES/GCM/NoPadding");
            cipher.init(
                Cipher.DECRYPT_MODE,
                new RawSecretKey("AES", derived.kek),
                new GCMParameterSpec(GCM_TAG * 8, wrapped, 0, GCM_IV));
            cipher.updateAAD(wrapAad(stored.id()));
            return new MasterKey(
                stored.id(), cipher.doFinal(wrapped, GCM_IV, wrapped.length - GCM_IV));
          });
    } catch (CryptoException e) {
      if (e.reason() == Reason.AUTHENTICATION_FAILED) {
        throw storage("master key file " + file + " is damaged: key " + stored.id(), null);
      }
      throw e;
    }
  }

  /** Binds each wrapped key to its id and the file format. */
  private static byte[] wrapAad(int id) {
    return ("arca master key v" + FORMAT + " id=" + id).getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] hmac(CryptoModule module, byte[] key, byte[] data) throws CryptoException {
    return Boundary.run(
        module, "master key file MAC", () -> Macs.hmac(DigestAlgorithm.SHA256, key, data));
  }

  private static byte[] random(CryptoModule module, int length) throws CryptoException {
    return Boundary.run(
        module,
        "random generation",
        () -> {
          byte[] out = new byte[length];
          module.drbg().nextBytes(out);
          return out;
        });
  }

  // ---- file format -------------------------------------------------------------------------

  /** The scalar fields of the file, in file order. */
  private static Map<String, Object> header(
      byte[] salt, int iterations, byte[] check, int current) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("format", FORMAT);
    fields.put("kdf", KDF);
    fields.put("iterations", iterations);
    fields.put("salt", Base64.getEncoder().encodeToString(salt));
    fields.put("subkeys", SUBKEYS);
    fields.put("wrap", WRAP);
    fields.put("check", Base64.getEncoder().encodeToString(check));
    fields.put("current", current);
    return fields;
  }

  /**
   * The bytes the file MAC covers: every field, one per line in a fixed order. No value contains a
   * newline (numbers, fixed names, Base64, ISO-8601 instants), so the encoding is unambiguous.
   */
  private static byte[] canonical(
      byte[] salt, int iterations, byte[] check, List<StoredKey> keys, int current) {
    StringBuilder text = new StringBuilder("arca-master-key-file\n");
    header(salt, iterations, check, current)
        .forEach((name, value) -> text.append(name).append('=').append(value).append('\n'));
    for (StoredKey key : keys) {
      text.append(String.format(Locale.ROOT, "key=%d,%s,%s\n", key.id(), key.created(), b64(key)));
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private void write(
      byte[] newSalt, int newIterations, Derived keysFrom, List<StoredKey> newStored, int current)
      throws CryptoException {
    byte[] check = hmac(module, keysFrom.checkKey, CHECK_INPUT);
    byte[] mac =
        hmac(module, keysFrom.macKey, canonical(newSalt, newIterations, check, newStored, current));
    StringBuilder json = new StringBuilder("{\n");
    header(newSalt, newIterations, check, current)
        .forEach(
            (name, value) ->
                json.append("  ")
                    .append(Json.quote(name))
                    .append(": ")
                    .append(value instanceof String ? Json.quote((String) value) : value)
                    .append(",\n"));
    json.append("  \"keys\": [\n");
    for (int i = 0; i < newStored.size(); i++) {
      StoredKey key = newStored.get(i);
      json.append(
          String.format(
              Locale.ROOT,
              "    {\"id\": %d, \"created\": %s, \"wrapped\": %s}%s\n",
              key.id(),
              Json.quote(key.created().toString()),
              Json.quote(b64(key)),
              i + 1 < newStored.size() ? "," : ""));
    }
    json.append("  ],\n  \"mac\": ")
        .append(Json.quote(Base64.getEncoder().encodeToString(mac)))
        .append("\n}\n");
    try {
      SecureFiles.writeAtomically(path, json.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw storage("cannot write master key file " + path, e);
    }
  }

  private static String b64(StoredKey key) {
    return Base64.getEncoder().encodeToString(key.wrapped());
  }

  /** The fields of a master key file as read, validated for shape. */
  private static final class Parsed {
    byte[] salt;
    int iterations;
    byte[] check;
    int current;
    List<StoredKey> keys;
    byte[] mac;

    static Parsed read(Path file) throws CryptoException {
      String text;
      try {
        if (Files.size(file) > MAX_FILE_BYTES) {
          throw storage("master key file " + file + " is too large", null);
        }
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw storage("cannot read master key file " + file, e);
      }
      try {
        Map<?, ?> root = (Map<?, ?>) Json.parse(text);
        if (longField(root, "format") != FORMAT) {
          throw new IllegalArgumentException("unknown format " + root.get("format"));
        }
        expectText(root, "kdf", KDF);
        expectText(root, "subkeys", SUBKEYS);
        expectText(root, "wrap", WRAP);
        Parsed parsed = new Parsed();
        parsed.iterations = Math.toIntExact(longField(root, "iterations"));
        if (parsed.iterations < 1) {
          throw new IllegalArgumentException("iterations must be positive");
        }
        parsed.salt = base64(root, "salt", SALT_BYTES);
        parsed.check = base64(root, "check", 32);
        parsed.mac = base64(root, "mac", 32);
        parsed.current = Math.toIntExact(longField(root, "current"));
        List<StoredKey> keys = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        for (Object element : (List<?>) required(root, "keys")) {
          Map<?, ?> entry = (Map<?, ?>) element;
          int id = Math.toIntExact(longField(entry, "id"));
          if (id < 1 || ids.contains(id)) {
            throw new IllegalArgumentException("bad or duplicate key id " + id);
          }
          ids.add(id);
          Instant created = Instant.parse((String) required(entry, "created"));
          byte[] wrapped = Base64.getDecoder().decode((String) required(entry, "wrapped"));
          keys.add(new StoredKey(id, created, wrapped));
        }
        if (!ids.contains(parsed.current)) {
          throw new IllegalArgumentException("current key " + parsed.current + " is not stored");
        }
        parsed.keys = List.copyOf(keys);
        return parsed;
      } catch (IllegalArgumentException
          | ClassCastException
          | ArithmeticException
          | DateTimeParseException e) {
        throw storage("master key file " + file + " is malformed: " + e.getMessage(), null);
      }
    }

    private static Object required(Map<?, ?> map, String name) {
      Object value = map.get(name);
      if (value == null) {
        throw new IllegalArgumentException("missing " + name);
      }
      return value;
    }

    private static long longField(Map<?, ?> map, String name) {
      return (Long) required(map, name);
    }

    private static void expectText(Map<?, ?> map, String name, String expected) {
      if (!expected.equals(required(map, name))) {
        throw new IllegalArgumentException("unsupported " + name + " " + map.get(name));
      }
    }

    private static byte[] base64(Map<?, ?> map, String name, int length) {
      byte[] value = Base64.getDecoder().decode((String) required(map, name));
      if (value.length != length) {
        throw new IllegalArgumentException(name + " must be " + length + " bytes");
      }
      return value;
    }
  }

  // ---- helpers -------------------------------------------------------------------------------

  private MasterKeyRing ring() {
    MasterKey current = null;
    for (MasterKey key : keys) {
      if (key.id() == currentId) {
        current = key;
      }
    }
    return new MasterKeyRing(Objects.requireNonNull(current, "current master key"), keys);
  }

  private StoredKey storedKey(int id) {
    for (StoredKey key : stored) {
      if (key.id() == id) {
        return key;
      }
    }
    throw new IllegalStateException("no stored key " + id);
  }

  private void checkOpen() throws CryptoException {
    if (closed) {
      throw Boundary.invalid("master key file is closed");
    }
  }

  private static CryptoException storage(String message, Throwable cause) {
    return cause == null
        ? new CryptoException(Reason.STORAGE, message)
        : new CryptoException(Reason.STORAGE, message, cause);
  }
}
