package dev.arca.kmip.bind;

import dev.arca.kmip.ttlv.Ttlv;

/**
 * A value whose TTLV form the binder cannot derive from its Java type alone: a choice between
 * several item types, or a structure whose content depends on a sibling (KMIP 1.x attribute values,
 * key material, credential values).
 *
 * <p>An implementing class also declares {@code public static X fromTtlv(Ttlv item) throws
 * KmipException}, which the binder calls to decode it.
 */
public interface TtlvValue {

  /** This value as one item with the given tag. */
  Ttlv toTtlv(int tag);
}
