package dev.arca.kmip.bind;

import dev.arca.kmip.ItemType;
import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvBigInteger;
import dev.arca.kmip.ttlv.TtlvBoolean;
import dev.arca.kmip.ttlv.TtlvByteString;
import dev.arca.kmip.ttlv.TtlvDateTime;
import dev.arca.kmip.ttlv.TtlvEnumeration;
import dev.arca.kmip.ttlv.TtlvInteger;
import dev.arca.kmip.ttlv.TtlvInterval;
import dev.arca.kmip.ttlv.TtlvLongInteger;
import dev.arca.kmip.ttlv.TtlvStructure;
import dev.arca.kmip.ttlv.TtlvTextString;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Binds immutable records to TTLV structures: each record component is one field of the structure,
 * named by {@link KmipField}, in declaration order.
 *
 * <p>Component types map to item types as the specification writes them: {@code String} → Text
 * String, {@code int} → Integer, {@code long} → Long Integer, {@code BigInteger} → Big Integer,
 * {@code boolean} → Boolean, {@code byte[]} → Byte String, {@code Instant} → Date-Time, {@code
 * Duration} → Interval, a {@link KmipEnum} enum → Enumeration, a record → Structure, a {@link
 * TtlvValue} → whatever it chooses, {@link Ttlv} → the item as it is. {@code Optional<T>} marks an
 * optional field, {@code List<T>} a field that may repeat; any other component is required.
 *
 * <p>Decoding is strict about content: an unexpected tag, a wrong item type, a missing required
 * field or a repeated single field is a {@link KmipException} with reason Invalid Message; an
 * enumeration value the enum does not list (extension values included) or a value the record's
 * constructor rejects is Invalid Field. It accepts fields in any order — KMIP 2.1 §8 says they
 * SHALL appear in the specified order, but refusing a client that swaps two fields gains nothing —
 * and encoding always writes the specified order. Date-Time is whole seconds on the wire, so an
 * {@code Instant} loses its fraction. The per-record layout is computed once.
 */
public final class TtlvBinder {

  private static final ClassValue<Layout> LAYOUTS =
      new ClassValue<>() {
        @Override
        protected Layout computeValue(Class<?> type) {
          return new Layout(type);
        }
      };

  private TtlvBinder() {}

  /** Decodes {@code item}, which must be a structure, into a record of {@code type}. */
  public static <R extends Record> R decode(Class<R> type, Ttlv item) throws KmipException {
    return type.cast(LAYOUTS.get(type).decode(item));
  }

  /** Encodes {@code record} with the tag of its {@link KmipStructure} annotation. */
  public static TtlvStructure encode(Record record) {
    Layout layout = LAYOUTS.get(record.getClass());
    if (layout.tag < 0) {
      throw new IllegalArgumentException(
          record.getClass().getName() + " has no @KmipStructure tag; pass one");
    }
    return layout.encode(layout.tag, record);
  }

  /** Encodes {@code record} with {@code tag}. */
  public static TtlvStructure encode(Tag tag, Record record) {
    return encode(tag.code(), record);
  }

  public static TtlvStructure encode(int tag, Record record) {
    return LAYOUTS.get(record.getClass()).encode(tag, record);
  }

  /** The tag a record type is written with, from its {@link KmipStructure} annotation. */
  public static Optional<Tag> structureTag(Class<? extends Record> type) {
    KmipStructure s = type.getAnnotation(KmipStructure.class);
    return s == null ? Optional.empty() : Optional.of(s.value());
  }

  static KmipException invalidMessage(String message) {
    return new KmipException(ResultReason.INVALID_MESSAGE, message);
  }

  private enum Cardinality {
    REQUIRED,
    OPTIONAL,
    LIST,
    ANY
  }

  /** How one Java type converts to and from one item. */
  private abstract static class Converter {
    abstract Object decode(Ttlv item, Layout owner) throws KmipException;

    abstract Ttlv encode(int tag, Object value);
  }

  private static final class Field {
    final String name;
    final int tag;
    final Cardinality cardinality;
    final Converter converter;
    final MethodHandle accessor;

    Field(String name, int tag, Cardinality c, Converter conv, MethodHandle accessor) {
      this.name = name;
      this.tag = tag;
      this.cardinality = c;
      this.converter = conv;
      this.accessor = accessor;
    }
  }

  private static final class Layout {
    final Class<?> type;
    final String displayName;
    final int tag;
    final Field[] fields;
    final Map<Integer, Integer> byTag = new HashMap<>();
    final int anyIndex;
    final MethodHandle constructor;

    Layout(Class<?> type) {
      if (!type.isRecord()) {
        throw new IllegalArgumentException(type.getName() + " is not a record");
      }
      this.type = type;
      KmipStructure st = type.getAnnotation(KmipStructure.class);
      this.tag = st == null ? -1 : st.value().code();
      this.displayName = st == null ? type.getSimpleName() : st.value().specName();
      RecordComponent[] rcs = type.getRecordComponents();
      fields = new Field[rcs.length];
      Class<?>[] ctorTypes = new Class<?>[rcs.length];
      int any = -1;
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      try {
        for (int i = 0; i < rcs.length; i++) {
          RecordComponent rc = rcs[i];
          ctorTypes[i] = rc.getType();
          MethodHandle acc =
              lookup
                  .unreflect(rc.getAccessor())
                  .asType(MethodType.methodType(Object.class, Object.class));
          if (rc.isAnnotationPresent(KmipAny.class)) {
            if (rc.getType() != List.class || elementType(rc) != Ttlv.class || any >= 0) {
              throw new IllegalArgumentException(
                  type.getName() + "." + rc.getName() + ": @KmipAny needs one List<Ttlv>");
            }
            any = i;
            fields[i] = new Field(rc.getName(), -1, Cardinality.ANY, RAW, acc);
            continue;
          }
          Cardinality card;
          Type elem;
          if (rc.getType() == Optional.class) {
            card = Cardinality.OPTIONAL;
            elem = elementType(rc);
          } else if (rc.getType() == List.class) {
            card = Cardinality.LIST;
            elem = elementType(rc);
          } else {
            card = Cardinality.REQUIRED;
            elem = rc.getGenericType();
          }
          if (!(elem instanceof Class<?> elemClass)) {
            throw new IllegalArgumentException(
                type.getName() + "." + rc.getName() + ": unsupported type " + elem);
          }
          int fieldTag = fieldTag(rc, elemClass);
          if (byTag.put(fieldTag, i) != null) {
            throw new IllegalArgumentException(
                type.getName() + "." + rc.getName() + ": tag bound twice");
          }
          fields[i] = new Field(rc.getName(), fieldTag, card, converter(elemClass), acc);
        }
        this.anyIndex = any;
        this.constructor =
            lookup
                .findConstructor(type, MethodType.methodType(void.class, ctorTypes))
                .asSpreader(Object[].class, rcs.length)
                .asType(MethodType.methodType(Object.class, Object[].class));
      } catch (ReflectiveOperationException e) {
        throw new IllegalArgumentException(type.getName() + " cannot be bound: " + e, e);
      }
    }

    private static Type elementType(RecordComponent rc) {
      if (rc.getGenericType() instanceof ParameterizedType p) {
        return p.getActualTypeArguments()[0];
      }
      throw new IllegalArgumentException(rc + " needs a type argument");
    }

    private int fieldTag(RecordComponent rc, Class<?> elem) {
      KmipField f = rc.getAnnotation(KmipField.class);
      if (f != null) {
        return f.value().code();
      }
      KmipStructure s = elem.getAnnotation(KmipStructure.class);
      if (s != null) {
        return s.value().code();
      }
      throw new IllegalArgumentException(
          type.getName() + "." + rc.getName() + " has no @KmipField tag");
    }

    Object decode(Ttlv item) throws KmipException {
      if (!(item instanceof TtlvStructure s)) {
        throw invalidMessage(
            item.tagName() + " must be a Structure, not " + item.type().encodingName());
      }
      Object[] values = new Object[fields.length];
      for (Ttlv child : s.children()) {
        Integer idx = byTag.get(child.tag());
        if (idx == null) {
          if (anyIndex < 0) {
            throw invalidMessage("unexpected " + child.tagName() + " in " + displayName);
          }
          idx = anyIndex;
        }
        Field f = fields[idx];
        Object v = f.converter.decode(child, this);
        switch (f.cardinality) {
          case LIST:
          case ANY:
            if (values[idx] == null) {
              values[idx] = new ArrayList<>();
            }
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) values[idx];
            list.add(v);
            break;
          default:
            if (values[idx] != null) {
              throw invalidMessage(child.tagName() + " appears more than once in " + displayName);
            }
            values[idx] = v;
        }
      }
      for (int i = 0; i < fields.length; i++) {
        Field f = fields[i];
        switch (f.cardinality) {
          case REQUIRED:
            if (values[i] == null) {
              throw invalidMessage(displayName + " is missing " + Ttlv.tagName(f.tag));
            }
            break;
          case OPTIONAL:
            values[i] = Optional.ofNullable(values[i]);
            break;
          default:
            values[i] =
                values[i] == null ? List.of() : Collections.unmodifiableList((List<?>) values[i]);
        }
      }
      try {
        return constructor.invokeExact(values);
      } catch (IllegalArgumentException | NullPointerException | IllegalStateException e) {
        // The record's own validation: a well-formed message with a value that is not allowed.
        throw new KmipException(ResultReason.INVALID_FIELD, displayName + ": " + e.getMessage(), e);
      } catch (KmipException | RuntimeException | Error e) {
        throw e;
      } catch (Throwable t) {
        throw new IllegalStateException(t);
      }
    }

    TtlvStructure encode(int structureTag, Object record) {
      List<Ttlv> out = new ArrayList<>();
      try {
        for (Field f : fields) {
          Object v = f.accessor.invokeExact(record);
          switch (f.cardinality) {
            case REQUIRED:
              if (v == null) {
                throw new IllegalStateException(
                    type.getSimpleName() + "." + f.name + " is required");
              }
              out.add(f.converter.encode(f.tag, v));
              break;
            case OPTIONAL:
              Optional<?> o = (Optional<?>) v;
              if (o != null && o.isPresent()) {
                out.add(f.converter.encode(f.tag, o.get()));
              }
              break;
            case LIST:
              if (v != null) {
                for (Object e : (List<?>) v) {
                  out.add(f.converter.encode(f.tag, e));
                }
              }
              break;
            case ANY:
              if (v != null) {
                for (Object e : (List<?>) v) {
                  out.add((Ttlv) e);
                }
              }
              break;
          }
        }
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable t) {
        throw new IllegalStateException(t);
      }
      return new TtlvStructure(structureTag, out);
    }
  }

  // Converters, one per supported Java type.

  private static Converter converter(Class<?> c) {
    if (c == String.class) {
      return TEXT;
    } else if (c == int.class || c == Integer.class) {
      return INTEGER;
    } else if (c == long.class || c == Long.class) {
      return LONG;
    } else if (c == BigInteger.class) {
      return BIG;
    } else if (c == boolean.class || c == Boolean.class) {
      return BOOL;
    } else if (c == byte[].class) {
      return BYTES;
    } else if (c == Instant.class) {
      return DATE_TIME;
    } else if (c == Duration.class) {
      return INTERVAL;
    } else if (c == Ttlv.class) {
      return RAW;
    } else if (TtlvValue.class.isAssignableFrom(c)) {
      // Before the record check: a record may choose its own TTLV form.
      return new ValueConverter(c);
    } else if (c.isEnum() && KmipEnum.class.isAssignableFrom(c)) {
      return new EnumConverter(c);
    } else if (c.isRecord()) {
      return new RecordConverter(c);
    }
    throw new IllegalArgumentException("no TTLV binding for " + c.getName());
  }

  private static <T extends Ttlv> T expect(Ttlv item, Class<T> type, ItemType itemType)
      throws KmipException {
    if (!type.isInstance(item)) {
      throw invalidMessage(
          item.tagName()
              + " must be "
              + itemType.encodingName()
              + ", not "
              + item.type().encodingName());
    }
    return type.cast(item);
  }

  private static final Converter TEXT =
      new Converter() {
        @Override
        Object decode(Ttlv item, Layout owner) throws KmipException {
          return expect(item, TtlvTextString.class, ItemType.TEXT_STRING).value();
        }

        @Override
        Ttlv encode(int tag, Object value) {
          return new TtlvTextString(tag, (String) value);
        }
      };

  private static final Converter INTEGER =
      new Converter() {
        @Override
        Object decode(Ttlv item, Layout owner) throws KmipException {
          return expect(item, TtlvInteger.class, ItemType.INTEGER).value();
        }

        @Override
        Ttlv encode(int tag, Object value) {
          return new TtlvInteger(tag, (Integer) value);
        }
      };

  private static final Converter LONG =
      new Converter() {
        @Override
        Object decode(Ttlv item, Layout owner) throws KmipException {
          return expect(item, TtlvLongInteger.class, ItemType.LONG_INTEGER).value();
        }

        @Override
        Ttlv encode(int tag, Object value) {
          return new TtlvLongInteger(tag, (Long) value);
        }
      };

  private static final Converter BIG =
      new Converter() {
        @Override
        Object decode(Ttlv item, Layout owner) throws KmipException {
          return expect(item, TtlvBigInteger.class, ItemType.BIG_INTEGER).value();
        }

        @Override
        Ttlv encode(int tag, Object value) {
          return new TtlvBigInteger(tag, (BigInteger) value);
        }
      };

  private static final Converter BOOL =
      new Converter() {
        @Override
        Object decode(Ttlv item, Layout owner) throws KmipException {
          return expect(item, TtlvBoolean.class, ItemType.BOOLEAN).value();
        }

        @Override
        Ttlv encode(int tag, Object value) {
          return new TtlvBoolean(tag, (Boolean) value);
        }
      };

  private static final Converter BYTES =
      new Converter() {
        @Override
        Object decode(Ttlv item, Layout owner) throws KmipException {
          return expect(item, TtlvByteString.class, ItemType.BYTE_STRING).value();
        }

        @Override
        Ttlv encode(int tag, Object value) {
          return new TtlvByteString(tag, (byte[]) value);
        }
      };

  private static final Converter DATE_TIME =
      new Converter() {
        @Override
        Object decode(Ttlv item, Layout owner) throws KmipException {
          return expect(item, TtlvDateTime.class, ItemType.DATE_TIME).instant();
        }

        @Override
        Ttlv encode(int tag, Object value) {
          return new TtlvDateTime(tag, ((Instant) value).getEpochSecond());
        }
      };

  private static final Converter INTERVAL =
      new Converter() {
        @Override
        Object decode(Ttlv item, Layout owner) throws KmipException {
          return expect(item, TtlvInterval.class, ItemType.INTERVAL).duration();
        }

        @Override
        Ttlv encode(int tag, Object value) {
          return new TtlvInterval(tag, ((Duration) value).getSeconds());
        }
      };

  private static final Converter RAW =
      new Converter() {
        @Override
        Object decode(Ttlv item, Layout owner) {
          return item;
        }

        @Override
        Ttlv encode(int tag, Object value) {
          Ttlv t = (Ttlv) value;
          if (t.tag() != tag) {
            throw new IllegalStateException(
                "item tagged " + t.tagName() + " in a field tagged " + Ttlv.tagName(tag));
          }
          return t;
        }
      };

  private static final class EnumConverter extends Converter {
    private final Map<Integer, Object> byCode = new HashMap<>();

    EnumConverter(Class<?> enumType) {
      for (Object constant : enumType.getEnumConstants()) {
        byCode.put(((KmipEnum) constant).code(), constant);
      }
    }

    @Override
    Object decode(Ttlv item, Layout owner) throws KmipException {
      int code = expect(item, TtlvEnumeration.class, ItemType.ENUMERATION).value();
      Object v = byCode.get(code);
      if (v == null) {
        throw new KmipException(
            ResultReason.INVALID_FIELD,
            String.format("%s has no value 0x%08X", item.tagName(), code));
      }
      return v;
    }

    @Override
    Ttlv encode(int tag, Object value) {
      return new TtlvEnumeration(tag, ((KmipEnum) value).code());
    }
  }

  private static final class RecordConverter extends Converter {
    private final Class<?> type;

    RecordConverter(Class<?> type) {
      this.type = type;
    }

    @Override
    Object decode(Ttlv item, Layout owner) throws KmipException {
      return LAYOUTS.get(type).decode(item);
    }

    @Override
    Ttlv encode(int tag, Object value) {
      return LAYOUTS.get(type).encode(tag, value);
    }
  }

  private static final class ValueConverter extends Converter {
    private final MethodHandle fromTtlv;

    ValueConverter(Class<?> type) {
      try {
        Method m = type.getMethod("fromTtlv", Ttlv.class);
        if (!Modifier.isStatic(m.getModifiers()) || !type.isAssignableFrom(m.getReturnType())) {
          throw new IllegalArgumentException(type.getName() + ".fromTtlv must be static");
        }
        fromTtlv =
            MethodHandles.publicLookup()
                .unreflect(m)
                .asType(MethodType.methodType(Object.class, Ttlv.class));
      } catch (ReflectiveOperationException e) {
        throw new IllegalArgumentException(
            type.getName() + " needs public static fromTtlv(Ttlv)", e);
      }
    }

    @Override
    Object decode(Ttlv item, Layout owner) throws KmipException {
      try {
        return fromTtlv.invokeExact(item);
      } catch (IllegalArgumentException e) {
        throw new KmipException(ResultReason.INVALID_FIELD, e.getMessage(), e);
      } catch (KmipException | RuntimeException | Error e) {
        throw e;
      } catch (Throwable t) {
        throw new IllegalStateException(t);
      }
    }

    @Override
    Ttlv encode(int tag, Object value) {
      return ((TtlvValue) value).toTtlv(tag);
    }
  }
}
