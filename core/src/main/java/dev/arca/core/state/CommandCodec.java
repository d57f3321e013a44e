package dev.arca.core.state;

import dev.arca.core.key.AttributeSet;
import dev.arca.core.key.ManagedObject;
import dev.arca.core.key.MaterialState;
import dev.arca.core.key.SealedMaterial;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.enums.KeyFormatType;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.ttlv.DecodeLimits;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvDecoder;
import dev.arca.kmip.ttlv.TtlvEncoder;
import dev.arca.kmip.ttlv.TtlvStructure;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The serialized form of a {@link Command}, the bytes a cluster replicates through its log.
 *
 * <p>Format version 1, all integers big-endian:
 *
 * <pre>
 * command      = version:u8 (= 1) body
 * body         = PUT_OBJECT:u8 (= 1) object
 *              | ATOMIC:u8 (= 2) count:u32 body{count}        (count ≥ 1, nested ≤ 8 deep)
 *              | PUT_RECORD:u8 (= 3) kind:text name:text body:bytes revision:u64
 *              | DELETE_RECORD:u8 (= 4) kind:text name:text expectedRevision:u64
 *              | DELETE_OBJECT:u8 (= 5) id:text expectedRevision:u64
 * object       = id:text objectType:u32 attributes:bytes owner:opt-text keyName:opt-text
 *                keyVersion:u32 materialState:u8 material:opt-material revision:u64
 * attributes   = binary TTLV of a KMIP 2.x Attributes structure (AttributeSet.items())
 * opt-material = 0:u8 | 1:u8 format:u32 envelope:bytes
 * opt-text     = 0:u8 | 1:u8 text
 * text         = length:u32 UTF-8 bytes
 * bytes        = length:u32 bytes
 * materialState: 1 online, 2 archived, 3 destroyed
 * revisions ≥ 1; record keys and bodies as {@link RecordKey} and {@link PutRecord} allow
 * </pre>
 *
 * <p>Type codes 3 to 5 were added within version 1: bytes written before them decode as they did.
 *
 * <p>The output is deterministic: the same command always gives the same bytes, so that a command
 * can be compared and checksummed by its bytes. Decoding is strict: anything but exactly one
 * well-formed command is a {@link CommandCodecException}, never an unchecked exception. Nothing in
 * the format depends on the JVM. Instances are stateless and thread-safe.
 */
public final class CommandCodec {

  /** The format version this codec writes; it reads this one only, for now. */
  public static final int FORMAT_VERSION = 1;

  /** The largest command accepted, in bytes. */
  public static final int MAX_COMMAND_BYTES = 64 << 20;

  private static final int PUT_OBJECT = 1;
  private static final int ATOMIC = 2;
  private static final int PUT_RECORD = 3;
  private static final int DELETE_RECORD = 4;
  private static final int DELETE_OBJECT = 5;
  private static final int MAX_ATOMIC_DEPTH = 8;

  /** Stored attributes are trusted more than a client message but still bounded. */
  private static final TtlvDecoder ATTRIBUTE_DECODER =
      new TtlvDecoder(new DecodeLimits(MAX_COMMAND_BYTES, 64));

  private static final TtlvEncoder TTLV_ENCODER = new TtlvEncoder();

  public CommandCodec() {}

  /** The bytes of {@code command}. */
  public byte[] encode(Command command) {
    Writer w = new Writer();
    w.u8(FORMAT_VERSION);
    writeBody(w, command);
    return w.toByteArray();
  }

  /** The command in {@code bytes}, which must hold exactly one. */
  public Command decode(byte[] bytes) throws CommandCodecException {
    if (bytes.length > MAX_COMMAND_BYTES) {
      throw new CommandCodecException(
          bytes.length + " bytes, more than the limit of " + MAX_COMMAND_BYTES, 0);
    }
    Reader r = new Reader(bytes);
    int version = r.u8("format version");
    if (version != FORMAT_VERSION) {
      throw new CommandCodecException(
          "unknown command format version "
              + version
              + " (this codec reads "
              + FORMAT_VERSION
              + ")",
          0);
    }
    Command command = readBody(r, 0);
    if (r.remaining() != 0) {
      throw new CommandCodecException(r.remaining() + " bytes after the command", r.pos);
    }
    return command;
  }

  private static void writeBody(Writer w, Command command) {
    if (command instanceof PutObject p) {
      w.u8(PUT_OBJECT);
      writeObject(w, p.object());
    } else if (command instanceof Atomic a) {
      w.u8(ATOMIC);
      w.u32(a.commands().size());
      for (Command c : a.commands()) {
        writeBody(w, c);
      }
    } else if (command instanceof PutRecord p) {
      w.u8(PUT_RECORD);
      writeKey(w, p.key());
      w.bytes(p.body());
      w.u64(p.revision());
    } else if (command instanceof DeleteRecord d) {
      w.u8(DELETE_RECORD);
      writeKey(w, d.key());
      w.u64(d.expectedRevision());
    } else if (command instanceof DeleteObject d) {
      w.u8(DELETE_OBJECT);
      w.text(d.id());
      w.u64(d.expectedRevision());
    } else {
      throw new IllegalArgumentException("no serialized form for " + command.getClass());
    }
  }

  private static void writeKey(Writer w, RecordKey key) {
    w.text(key.kind());
    w.text(key.name());
  }

  private static void writeObject(Writer w, ManagedObject o) {
    w.text(o.id());
    w.u32(o.objectType().code());
    w.bytes(TTLV_ENCODER.encode(Ttlv.structure(Tag.ATTRIBUTES, o.attributes().items())));
    w.optText(o.owner());
    w.optText(o.keyName());
    w.u32(o.keyVersion());
    w.u8(materialStateCode(o.materialState()));
    if (o.material().isPresent()) {
      SealedMaterial m = o.material().get();
      w.u8(1);
      w.u32(m.format().code());
      w.bytes(m.envelope());
    } else {
      w.u8(0);
    }
    w.u64(o.revision());
  }

  private static Command readBody(Reader r, int depth) throws CommandCodecException {
    int at = r.pos;
    int type = r.u8("command type");
    switch (type) {
      case PUT_OBJECT:
        return new PutObject(readObject(r, at));
      case ATOMIC:
        if (depth >= MAX_ATOMIC_DEPTH) {
          throw new CommandCodecException(
              "atomic commands nested deeper than " + MAX_ATOMIC_DEPTH, at);
        }
        int countAt = r.pos;
        long count = r.u32("atomic command count");
        // Every command takes at least one byte, so a count beyond the bytes left is a lie and
        // must not size an allocation.
        if (count == 0 || count > r.remaining()) {
          throw new CommandCodecException(
              "atomic command count " + count + " with " + r.remaining() + " bytes left", countAt);
        }
        List<Command> commands = new ArrayList<>((int) count);
        for (long i = 0; i < count; i++) {
          commands.add(readBody(r, depth + 1));
        }
        return new Atomic(commands);
      case PUT_RECORD:
        {
          RecordKey key = readKey(r);
          int bodyAt = r.pos;
          byte[] body = r.bytes("record body");
          if (body.length > PutRecord.MAX_BODY_BYTES) {
            throw new CommandCodecException(
                "record body of "
                    + body.length
                    + " bytes, more than the limit of "
                    + PutRecord.MAX_BODY_BYTES,
                bodyAt);
          }
          return new PutRecord(key, body, readRevision(r, "revision"));
        }
      case DELETE_RECORD:
        {
          RecordKey key = readKey(r);
          return new DeleteRecord(key, readRevision(r, "expected revision"));
        }
      case DELETE_OBJECT:
        {
          int idAt = r.pos;
          String id = r.text("id");
          if (id.isEmpty()) {
            throw new CommandCodecException("empty object id", idAt);
          }
          return new DeleteObject(id, readRevision(r, "expected revision"));
        }
      default:
        throw new CommandCodecException("unknown command type " + type, at);
    }
  }

  private static RecordKey readKey(Reader r) throws CommandCodecException {
    int at = r.pos;
    String kind = r.text("record kind");
    String name = r.text("record name");
    try {
      return new RecordKey(kind, name);
    } catch (IllegalArgumentException e) {
      throw new CommandCodecException("invalid record key: " + e.getMessage(), at, e);
    }
  }

  /** A revision, which is at least 1; a u64 with the top bit set reads as negative and fails. */
  private static long readRevision(Reader r, String what) throws CommandCodecException {
    int at = r.pos;
    long revision = r.u64(what);
    if (revision < 1) {
      throw new CommandCodecException(what + " " + revision + " is less than 1", at);
    }
    return revision;
  }

  private static ManagedObject readObject(Reader r, int start) throws CommandCodecException {
    String id = r.text("id");
    int typeAt = r.pos;
    long typeCode = r.u32("object type");
    ObjectType objectType =
        ObjectType.find((int) typeCode)
            .orElseThrow(
                () -> new CommandCodecException("unknown object type " + typeCode, typeAt));
    int attributesAt = r.pos;
    AttributeSet attributes = attributes(r.bytes("attributes"), attributesAt);
    Optional<String> owner = r.optText("owner");
    Optional<String> keyName = r.optText("key name");
    int versionAt = r.pos;
    long keyVersion = r.u32("key version");
    if (keyVersion > ManagedObject.MAX_VERSION) {
      throw new CommandCodecException(
          "key version " + keyVersion + " outside 0.." + ManagedObject.MAX_VERSION, versionAt);
    }
    int stateAt = r.pos;
    MaterialState materialState = materialState(r.u8("material state"), stateAt);
    Optional<SealedMaterial> material = Optional.empty();
    int presentAt = r.pos;
    int present = r.u8("material presence");
    if (present == 1) {
      int formatAt = r.pos;
      long formatCode = r.u32("key format type");
      KeyFormatType format =
          KeyFormatType.find((int) formatCode)
              .orElseThrow(
                  () ->
                      new CommandCodecException("unknown key format type " + formatCode, formatAt));
      material = Optional.of(new SealedMaterial(format, r.bytes("material envelope")));
    } else if (present != 0) {
      throw new CommandCodecException(
          "material presence must be 0 or 1, not " + present, presentAt);
    }
    int revisionAt = r.pos;
    long revision = r.u64("revision");
    if (revision < 1) {
      throw new CommandCodecException("revision " + revision + " is less than 1", revisionAt);
    }
    try {
      return new ManagedObject(
          id,
          objectType,
          attributes,
          owner,
          keyName,
          (int) keyVersion,
          materialState,
          material,
          revision);
    } catch (IllegalArgumentException e) {
      throw new CommandCodecException("invalid managed object: " + e.getMessage(), start, e);
    }
  }

  private static AttributeSet attributes(byte[] ttlv, int at) throws CommandCodecException {
    try {
      Ttlv item = ATTRIBUTE_DECODER.decode(ttlv);
      if (!(item instanceof TtlvStructure) || item.tag() != Tag.ATTRIBUTES.code()) {
        throw new CommandCodecException("attributes are not an Attributes structure", at);
      }
      return AttributeSet.fromItems(((TtlvStructure) item).children());
    } catch (KmipException e) {
      throw new CommandCodecException("invalid attributes: " + e.getMessage(), at, e);
    } catch (IllegalArgumentException e) {
      // Builder checks, e.g. a vendor attribute with an empty name.
      throw new CommandCodecException("invalid attributes: " + e.getMessage(), at, e);
    }
  }

  private static int materialStateCode(MaterialState s) {
    switch (s) {
      case ONLINE:
        return 1;
      case ARCHIVED:
        return 2;
      case DESTROYED:
        return 3;
      default:
        throw new IllegalArgumentException("no code for " + s);
    }
  }

  private static MaterialState materialState(int code, int at) throws CommandCodecException {
    switch (code) {
      case 1:
        return MaterialState.ONLINE;
      case 2:
        return MaterialState.ARCHIVED;
      case 3:
        return MaterialState.DESTROYED;
      default:
        throw new CommandCodecException("unknown material state " + code, at);
    }
  }

  /** A growing big-endian buffer. */
  private static final class Writer {
    private byte[] buf = new byte[256];
    private int pos;

    private void ensure(int n) {
      if (pos + n > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
      }
    }

    void u8(int v) {
      ensure(1);
      buf[pos++] = (byte) v;
    }

    void u32(long v) {
      ensure(4);
      buf[pos++] = (byte) (v >>> 24);
      buf[pos++] = (byte) (v >>> 16);
      buf[pos++] = (byte) (v >>> 8);
      buf[pos++] = (byte) v;
    }

    void u64(long v) {
      u32(v >>> 32);
      u32(v & 0xFFFF_FFFFL);
    }

    void bytes(byte[] b) {
      u32(b.length);
      ensure(b.length);
      System.arraycopy(b, 0, buf, pos, b.length);
      pos += b.length;
    }

    void text(String s) {
      bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    void optText(Optional<String> s) {
      if (s.isPresent()) {
        u8(1);
        text(s.get());
      } else {
        u8(0);
      }
    }

    byte[] toByteArray() {
      return Arrays.copyOf(buf, pos);
    }
  }

  /** Reads with every length checked against what remains. */
  private static final class Reader {
    private final byte[] buf;
    private int pos;

    Reader(byte[] buf) {
      this.buf = buf;
    }

    int remaining() {
      return buf.length - pos;
    }

    private void need(int n, String what) throws CommandCodecException {
      if (remaining() < n) {
        throw new CommandCodecException(
            "input ends inside " + what + " (" + n + " bytes needed, " + remaining() + " left)",
            pos);
      }
    }

    int u8(String what) throws CommandCodecException {
      need(1, what);
      return buf[pos++] & 0xFF;
    }

    long u32(String what) throws CommandCodecException {
      need(4, what);
      long v =
          ((long) (buf[pos] & 0xFF) << 24)
              | ((buf[pos + 1] & 0xFF) << 16)
              | ((buf[pos + 2] & 0xFF) << 8)
              | (buf[pos + 3] & 0xFF);
      pos += 4;
      return v;
    }

    long u64(String what) throws CommandCodecException {
      need(8, what);
      long hi = u32(what);
      long lo = u32(what);
      return (hi << 32) | lo;
    }

    byte[] bytes(String what) throws CommandCodecException {
      int at = pos;
      long length = u32(what + " length");
      if (length > remaining()) {
        throw new CommandCodecException(
            what + " length " + length + " runs past the end (" + remaining() + " bytes left)", at);
      }
      byte[] out = Arrays.copyOfRange(buf, pos, pos + (int) length);
      pos += (int) length;
      return out;
    }

    String text(String what) throws CommandCodecException {
      int at = pos;
      byte[] b = bytes(what);
      try {
        return StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(b))
            .toString();
      } catch (CharacterCodingException e) {
        throw new CommandCodecException(what + " is not valid UTF-8", at);
      }
    }

    Optional<String> optText(String what) throws CommandCodecException {
      int at = pos;
      int present = u8(what + " presence");
      if (present == 0) {
        return Optional.empty();
      }
      if (present != 1) {
        throw new CommandCodecException(what + " presence must be 0 or 1, not " + present, at);
      }
      return Optional.of(text(what));
    }
  }
}
