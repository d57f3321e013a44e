package dev.arca.server.admin;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * JSON in and out of the admin API, strictly: a request body binds to a record of the route, and
 * anything the record does not describe is an error that names the field — an unknown field, a
 * string where a number belongs ("5" is not 5), a number where a string or an enumeration belongs,
 * a duplicate key, trailing content. Request records use wrapper types, so that an absent field is
 * null and the route can say which one is required, and {@code char[]} for passwords, so that they
 * can be wiped after use.
 */
final class Json {

  /** Deepest nesting of a request body; the API's bodies are flat. */
  private static final int MAX_DEPTH = 16;

  static final ObjectMapper MAPPER = mapper();

  private Json() {}

  private static ObjectMapper mapper() {
    JsonMapper mapper =
        JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();
    mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build());
    // A string is not a number, a boolean or a list, and nothing else becomes a string.
    mapper
        .coercionConfigDefaults()
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
    mapper
        .coercionConfigFor(LogicalType.Array)
        .setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
    mapper
        .coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
    mapper
        .coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.TryConvert);
    mapper.configure(JsonParser.Feature.INCLUDE_SOURCE_IN_LOCATION, false);
    return mapper;
  }

  /**
   * Binds a body to {@code type}.
   *
   * @throws ApiException MALFORMED_JSON, UNKNOWN_FIELD or INVALID_FIELD naming the field
   */
  static <T> T read(byte[] body, Class<T> type) throws ApiException {
    if (body.length == 0) {
      throw new ApiException(ErrorCode.MALFORMED_JSON, "the request needs a JSON object as body");
    }
    try {
      T value = MAPPER.readValue(body, type);
      if (value == null) {
        throw new ApiException(ErrorCode.MALFORMED_JSON, "the body must be a JSON object");
      }
      return value;
    } catch (UnrecognizedPropertyException e) {
      throw new ApiException(
          ErrorCode.UNKNOWN_FIELD,
          "unknown field '"
              + path(e)
              + "'; the fields here are "
              + e.getKnownPropertyIds().stream()
                  .map(Object::toString)
                  .sorted()
                  .collect(Collectors.joining(", ")));
    } catch (JsonParseException e) {
      throw new ApiException(
          ErrorCode.MALFORMED_JSON,
          "not valid JSON at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ": "
              + e.getOriginalMessage());
    } catch (MismatchedInputException e) {
      String path = path(e);
      if (path.isEmpty()) {
        throw new ApiException(ErrorCode.MALFORMED_JSON, "the body must be a JSON object");
      }
      String value =
          e instanceof InvalidFormatException ? "" : " (" + firstLine(e.getOriginalMessage()) + ")";
      throw new ApiException(
          ErrorCode.INVALID_FIELD,
          "field '" + path + "' must be " + expected(e.getTargetType()) + value);
    } catch (JsonMappingException e) {
      String path = path(e);
      throw new ApiException(
          ErrorCode.INVALID_FIELD,
          path.isEmpty()
              ? "the body does not fit this request: " + firstLine(e.getOriginalMessage())
              : "field '" + path + "' is not valid: " + firstLine(e.getOriginalMessage()));
    } catch (JsonProcessingException e) {
      throw new ApiException(
          ErrorCode.MALFORMED_JSON, "not valid JSON: " + firstLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new ApiException(ErrorCode.MALFORMED_JSON, "the body could not be read");
    }
  }

  /** {@code a.b[2].c} from the mapping path of an error. */
  private static String path(JsonMappingException e) {
    StringBuilder out = new StringBuilder();
    List<JsonMappingException.Reference> refs = e.getPath();
    for (JsonMappingException.Reference ref : refs) {
      if (ref.getFieldName() != null) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        out.append('[').append(ref.getIndex()).append(']');
      }
    }
    return out.toString();
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "of another type";
    }
    if (type == String.class || type == char[].class) {
      return "a string";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (List.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    return "an object";
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    String line = nl < 0 ? message : message.substring(0, nl);
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }

  // ---- writing -------------------------------------------------------------------------------

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  static byte[] bytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON response: " + e.getOriginalMessage(), e);
    }
  }

  /** The error body: {@code {"error": {"code": …, "message": …}}}. */
  static ObjectNode error(ErrorCode code, String message) {
    ObjectNode out = object();
    ObjectNode error = out.putObject("error");
    error.put("code", code.code());
    error.put("message", message);
    return out;
  }
}
