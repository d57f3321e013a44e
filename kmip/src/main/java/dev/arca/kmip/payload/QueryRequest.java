package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.QueryFunction;
import java.util.List;
import java.util.Optional;

/**
 * KMIP 1.4 §4.25 Table 222 and §5.3, KMIP 2.1 §6.1.40 Table 282 and §6.2.4 Query request: what the
 * client wants to know about the server (or, server to client, the server about the client).
 *
 * @param queryFunctions one or more
 * @param objectGroups KMIP 2.1: the Object Groups the query is about
 */
@KmipStructure(Tag.REQUEST_PAYLOAD)
public record QueryRequest(
    @KmipField(Tag.QUERY_FUNCTION) List<QueryFunction> queryFunctions,
    @KmipField(Tag.OBJECT_GROUPS) Optional<ObjectGroups> objectGroups)
    implements RequestPayload {

  public QueryRequest {
    queryFunctions = List.copyOf(queryFunctions);
    if (queryFunctions.isEmpty()) {
      throw new IllegalArgumentException("Query needs at least one Query Function");
    }
  }

  public static QueryRequest of(QueryFunction... queryFunctions) {
    return new QueryRequest(List.of(queryFunctions), Optional.empty());
  }

  /** Whether the request asks for {@code function}. */
  public boolean asks(QueryFunction function) {
    return queryFunctions.contains(function);
  }
}
