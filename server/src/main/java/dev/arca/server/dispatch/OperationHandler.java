package dev.arca.server.dispatch;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.payload.RequestPayload;
import dev.arca.kmip.payload.ResponsePayload;

/**
 * One KMIP operation: takes the typed request payload and returns the typed response payload.
 *
 * <p>A handler reads like the specification section it implements. The {@link Dispatcher} alone
 * deals with batches, protocol versions, authentication, the listener's flags, audit and errors; a
 * handler throws {@link KmipException} with the result reason the specification names, and records
 * the identifiers it touched through the {@link RequestContext}.
 */
public interface OperationHandler<Q extends RequestPayload, R extends ResponsePayload> {

  Operation operation();

  Class<Q> requestType();

  R handle(Q request, RequestContext context) throws KmipException;
}
