package dev.arca.server.operation;

import dev.arca.core.key.ManagedObjectView;
import dev.arca.core.key.MaterialState;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.UsageLimits;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.payload.CheckRequest;
import dev.arca.kmip.payload.CheckResponse;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvInterval;
import dev.arca.server.dispatch.OperationHandler;
import dev.arca.server.dispatch.RequestContext;
import java.time.Duration;
import java.util.Optional;

/**
 * Check (KMIP 1.4 §4.10, KMIP 2.1 §6.1.7): whether the caller could use the object as the request
 * describes, without using it. The Cryptographic Usage Mask asked for must be allowed by the
 * object's (Incompatible Cryptographic Usage Mask), the Usage Limits Count must still be available
 * (Usage Limit Exceeded), and the Lease Time must not exceed the object's, when it has one
 * (Permission Denied). A refusal empties the ID Placeholder, so that a following Get does not
 * proceed; a 1.x client gets Permission Denied for each (1.4 Table 337).
 */
public final class CheckHandler implements OperationHandler<CheckRequest, CheckResponse> {

  @Override
  public Operation operation() {
    return Operation.CHECK;
  }

  @Override
  public Class<CheckRequest> requestType() {
    return CheckRequest.class;
  }

  @Override
  public CheckResponse handle(CheckRequest request, RequestContext context) throws KmipException {
    String id = context.uniqueIdentifier(request.uniqueIdentifier());
    ManagedObjectView object = context.keys().get(context.caller(), id);
    try {
      check(object, request);
    } catch (KmipException e) {
      context.clearIdPlaceholder();
      throw e;
    }
    return CheckResponse.of(id);
  }

  private static void check(ManagedObjectView object, CheckRequest request) throws KmipException {
    if (object.object().materialState() == MaterialState.ARCHIVED) {
      throw new KmipException(ResultReason.OBJECT_ARCHIVED, "the object is archived");
    }
    if (request.cryptographicUsageMask().isPresent()) {
      int asked = request.cryptographicUsageMask().get();
      int allowed = object.attributes().integer(Tag.CRYPTOGRAPHIC_USAGE_MASK).orElse(0);
      if ((asked & ~allowed) != 0) {
        throw new KmipException(
            ResultReason.INCOMPATIBLE_CRYPTOGRAPHIC_USAGE_MASK,
            "the object's Cryptographic Usage Mask does not allow the usage asked for");
      }
    }
    if (request.usageLimitsCount().isPresent()) {
      Optional<Ttlv> limits = object.attributes().first(Tag.USAGE_LIMITS);
      if (limits.isPresent()) {
        UsageLimits l = TtlvBinder.decode(UsageLimits.class, limits.get());
        long remaining = l.usageLimitsCount().orElse(l.usageLimitsTotal());
        if (request.usageLimitsCount().get() > remaining) {
          throw new KmipException(
              ResultReason.USAGE_LIMIT_EXCEEDED,
              "only " + remaining + " units remain of the Usage Limits");
        }
      }
    }
    if (request.leaseTime().isPresent()) {
      Optional<Duration> lease =
          object
              .attributes()
              .first(Tag.LEASE_TIME)
              .filter(TtlvInterval.class::isInstance)
              .map(v -> ((TtlvInterval) v).duration());
      if (lease.isPresent()
          && !lease.get().isZero()
          && request.leaseTime().get().compareTo(lease.get()) > 0) {
        throw new KmipException(
            ResultReason.PERMISSION_DENIED,
            "the Lease Time asked for is longer than the "
                + lease.get().getSeconds()
                + " s granted");
      }
    }
  }
}
