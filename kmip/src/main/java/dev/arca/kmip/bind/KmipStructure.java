package dev.arca.kmip.bind;

import dev.arca.kmip.Tag;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The tag a record is written with when no enclosing {@link KmipField} names another. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface KmipStructure {
  Tag value();
}
