package dev.arca.kmip.bind;

import dev.arca.kmip.Tag;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The tag of a record component bound to a TTLV item. May be left out on a component whose type is
 * a record annotated with {@link KmipStructure}: the structure's own tag is used.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface KmipField {
  Tag value();
}
