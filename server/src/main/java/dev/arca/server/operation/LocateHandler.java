package dev.arca.server.operation;

import dev.arca.core.key.AttributeSet;
import dev.arca.core.key.LocateCriteria;
import dev.arca.core.store.LocateQuery;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.Tag;
import dev.arca.kmip.enums.ObjectGroupMember;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.UniqueIdentifier;
import dev.arca.kmip.payload.LocateRequest;
import dev.arca.kmip.payload.LocateResponse;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.server.dispatch.OperationHandler;
import dev.arca.server.dispatch.RequestContext;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Locate (KMIP 1.4 §4.9, KMIP 2.1 §6.1.28): the objects the caller may see whose attributes match
 * the request's, by the matching rules of {@link LocateCriteria} (a date attribute given twice is a
 * range). Offset Items and Maximum Items page the answer, and then Located Items (KMIP 1.3 and
 * later) tells the total. The Storage Status Mask chooses on-line, archived and destroyed objects.
 * Group Member Fresh asks for objects that are still Fresh; Group Member Default leaves the choice
 * to the server, which applies no further filter.
 *
 * <p>ID Placeholder: "If a single Unique Identifier is returned to the client, then the server
 * SHALL copy [it] into the ID Placeholder variable"; otherwise the placeholder is emptied, so that
 * later batch items that leave out the identifier fail rather than act on an earlier object.
 */
public final class LocateHandler implements OperationHandler<LocateRequest, LocateResponse> {

  @Override
  public Operation operation() {
    return Operation.LOCATE;
  }

  @Override
  public Class<LocateRequest> requestType() {
    return LocateRequest.class;
  }

  @Override
  public LocateResponse handle(LocateRequest request, RequestContext context) throws KmipException {
    AttributeSet criteria = AttributeViews.requested(request.normalizedAttributes());
    if (request
        .objectGroupMember()
        .filter(ObjectGroupMember.GROUP_MEMBER_FRESH::equals)
        .isPresent()) {
      criteria = criteria.toBuilder().set(Ttlv.bool(Tag.FRESH, true)).build();
    }
    OptionalInt mask = request.storageStatusMask().map(OptionalInt::of).orElse(OptionalInt.empty());
    OptionalInt max = request.maximumItems().map(OptionalInt::of).orElse(OptionalInt.empty());
    int offset = request.offsetItems().orElse(0);
    LocateQuery page = LocateCriteria.fromAttributes(criteria, mask, offset, max, context.now());
    List<String> ids = context.keys().locate(context.caller(), page).ids();

    Optional<Integer> located = Optional.empty();
    boolean paged = request.offsetItems().isPresent() || request.maximumItems().isPresent();
    if (paged && context.version().atLeast(KmipVersion.V1_3)) {
      LocateQuery all =
          LocateCriteria.fromAttributes(criteria, mask, 0, OptionalInt.empty(), context.now());
      located = Optional.of(context.keys().locate(context.caller(), all).ids().size());
    }
    if (ids.size() == 1) {
      context.assigned(UniqueIdentifier.LOCATE, ids.get(0));
    } else {
      context.clearIdPlaceholder();
      ids.forEach(context::touched);
    }
    return new LocateResponse(located, ids);
  }
}
