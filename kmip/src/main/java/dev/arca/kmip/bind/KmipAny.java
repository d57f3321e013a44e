package dev.arca.kmip.bind;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code List<Ttlv>} component that receives every child no other component claims, in
 * order: the attributes of a KMIP 2 Attributes structure, or extension items that must be carried
 * through rather than dropped.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface KmipAny {}
