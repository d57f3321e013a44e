package dev.arca.kmip.message;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.List;

/** KMIP 1.4 §6.6 Authentication: one credential in 1.x, one or more in 2.x. */
@KmipStructure(Tag.AUTHENTICATION)
public record Authentication(@KmipField(Tag.CREDENTIAL) List<Credential> credentials) {

  public Authentication {
    credentials = List.copyOf(credentials);
    if (credentials.isEmpty()) {
      throw new IllegalArgumentException("Authentication needs a Credential");
    }
  }

  public static Authentication of(Credential credential) {
    return new Authentication(List.of(credential));
  }
}
