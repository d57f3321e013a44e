package dev.arca.server.operation;

import static dev.arca.server.operation.ObjectRequests.V14;
import static dev.arca.server.operation.ObjectRequests.V21;
import static dev.arca.server.operation.ObjectRequests.createKey;
import static dev.arca.server.operation.ObjectRequests.reason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Attribute;
import dev.arca.kmip.attribute.AttributeConversion;
import dev.arca.kmip.attribute.AttributeReference;
import dev.arca.kmip.attribute.Attributes;
import dev.arca.kmip.attribute.Name;
import dev.arca.kmip.attribute.UniqueIdentifierValue;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.payload.AddAttributeRequest;
import dev.arca.kmip.payload.AddAttributeResponse;
import dev.arca.kmip.payload.DeleteAttributeRequest;
import dev.arca.kmip.payload.DeleteAttributeResponse;
import dev.arca.kmip.payload.GetAttributeListRequest;
import dev.arca.kmip.payload.GetAttributeListResponse;
import dev.arca.kmip.payload.GetAttributesRequest;
import dev.arca.kmip.payload.GetAttributesResponse;
import dev.arca.kmip.payload.ModifyAttributeRequest;
import dev.arca.kmip.payload.ModifyAttributeResponse;
import dev.arca.kmip.payload.SetAttributeRequest;
import dev.arca.kmip.payload.SetAttributeResponse;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.server.testing.DispatcherFixture;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Get Attributes, Get Attribute List, Add, Modify, Delete and Set Attribute: each answered in the
 * shape of its version (Attribute structures and names in 1.4, Attributes and references in 2.1),
 * with custom attributes {@code x-name} in 1.4 and vendor attributes in 2.1.
 */
class AttributeHandlersTest {

  private final DispatcherFixture server = DispatcherFixture.start();

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void getAttributesAnswersIn14WithNamedAttributesInTheOrderAsked() {
    String id = createKey(server, V14, "k14");
    GetAttributesResponse r =
        server.ok(
            V14,
            GetAttributesRequest.ofNames(id, "State", "Cryptographic Length", "Activation Date"),
            GetAttributesResponse.class);
    assertThat(r.attributes()).isEmpty();
    assertThat(r.v1Attributes())
        .extracting(Attribute::attributeName)
        .containsExactly("State", "Cryptographic Length");
  }

  @Test
  void getAttributesAnswersIn21WithAnAttributesStructure() {
    String id = createKey(server, V21, "k21");
    GetAttributesResponse r =
        server.ok(
            V21,
            GetAttributesRequest.of(
                id,
                AttributeReference.of(Tag.CRYPTOGRAPHIC_LENGTH),
                AttributeReference.of(Tag.STATE)),
            GetAttributesResponse.class);
    assertThat(r.v1Attributes()).isEmpty();
    assertThat(r.attributes().orElseThrow().items())
        .extracting(Ttlv::tag)
        .containsExactly(Tag.CRYPTOGRAPHIC_LENGTH.code(), Tag.STATE.code());
  }

  @Test
  void eachVersionSeesOnlyTheAttributesItDefines() throws Exception {
    String id = createKey(server, V21, "both");
    List<String> v14 =
        server
            .ok(V14, GetAttributeListRequest.of(id), GetAttributeListResponse.class)
            .attributeNames();
    List<AttributeReference> v21 =
        server
            .ok(V21, GetAttributeListRequest.of(id), GetAttributeListResponse.class)
            .attributeReferences();
    // Key Format Type, Short Unique Identifier and Protection Storage Mask are KMIP 2.0 attributes.
    assertThat(v14).contains("Unique Identifier", "Digest", "Name", "Lease Time");
    assertThat(v14).doesNotContain("Key Format Type", "Short Unique Identifier");
    assertThat(v21)
        .contains(
            AttributeReference.of(Tag.KEY_FORMAT_TYPE),
            AttributeReference.of(Tag.SHORT_UNIQUE_IDENTIFIER));
    GetAttributesResponse all =
        server.ok(V14, GetAttributesRequest.ofNames(id), GetAttributesResponse.class);
    assertThat(all.v1Attributes())
        .extracting(Attribute::attributeName)
        .doesNotContain("Key Format Type", "Protection Storage Mask");
  }

  @Test
  void anAttributeAskedForTwiceIsRefused() {
    String id = createKey(server, V14, null);
    assertThat(reason(server.call(V14, GetAttributesRequest.ofNames(id, "State", "State"))))
        .isEqualTo(ResultReason.INVALID_MESSAGE);
  }

  @Test
  void aCustomAttributeIsXNameIn14AndAVendorAttributeIn21() throws Exception {
    String id = createKey(server, V14, null);
    AddAttributeResponse added =
        server.ok(
            V14,
            AddAttributeRequest.of(
                id, Attribute.of("x-owner", Ttlv.text(Tag.ATTRIBUTE_VALUE, "ops"))),
            AddAttributeResponse.class);
    assertThat(added.attribute().orElseThrow().attributeName()).isEqualTo("x-owner");

    GetAttributesResponse v21 =
        server.ok(
            V21,
            GetAttributesRequest.of(id, AttributeReference.vendor("x", "owner")),
            GetAttributesResponse.class);
    Attribute vendor = v21.attributes().orElseThrow().vendorAttributes().get(0);
    assertThat(vendor.vendorIdentification()).contains("x");
    assertThat(vendor.attributeName()).isEqualTo("owner");
    assertThat(vendor.value()).isEqualTo(Ttlv.text(Tag.ATTRIBUTE_VALUE, "ops"));
  }

  @Test
  void addModifyDeleteIn14ReturnTheAttributeWithItsIndex() {
    String id = createKey(server, V14, "first");
    AddAttributeResponse added =
        server.ok(
            V14,
            AddAttributeRequest.of(
                id, Attribute.of("Name", Attributes.item(Tag.NAME, Name.of("second")))),
            AddAttributeResponse.class);
    assertThat(added.attribute().orElseThrow().index()).isEqualTo(1);

    ModifyAttributeResponse modified =
        server.ok(
            V14,
            ModifyAttributeRequest.of(
                id, Attribute.of("Name", 1, Attributes.item(Tag.NAME, Name.of("third")))),
            ModifyAttributeResponse.class);
    assertThat(modified.attribute().orElseThrow().index()).isEqualTo(1);

    DeleteAttributeResponse deleted =
        server.ok(V14, DeleteAttributeRequest.of(id, "Name", 1), DeleteAttributeResponse.class);
    Attribute gone = deleted.attribute().orElseThrow();
    assertThat(gone.attributeName()).isEqualTo("Name");
    assertThat(gone.attributeValue())
        .contains(
            AttributeConversion.retag(
                Attributes.item(Tag.NAME, Name.of("third")), Tag.ATTRIBUTE_VALUE.code()));
  }

  @Test
  void anIndexTheRequestWroteOutIsWrittenOutInTheAnswerEvenZero() {
    String id = createKey(server, V14, "first");
    ModifyAttributeResponse implicit =
        server.ok(
            V14,
            ModifyAttributeRequest.of(
                id, Attribute.of("Name", Attributes.item(Tag.NAME, Name.of("second")))),
            ModifyAttributeResponse.class);
    assertThat(implicit.attribute().orElseThrow().attributeIndex()).isEmpty();

    ModifyAttributeResponse explicit =
        server.ok(
            V14,
            ModifyAttributeRequest.of(
                id, Attribute.of("Name", 0, Attributes.item(Tag.NAME, Name.of("third")))),
            ModifyAttributeResponse.class);
    assertThat(explicit.attribute().orElseThrow().attributeIndex()).contains(0);

    DeleteAttributeResponse deleted =
        server.ok(
            V14,
            new DeleteAttributeRequest(
                Optional.of(UniqueIdentifierValue.of(id)),
                Optional.of("Name"),
                Optional.of(0),
                Optional.empty(),
                Optional.empty()),
            DeleteAttributeResponse.class);
    assertThat(deleted.attribute().orElseThrow().attributeIndex()).contains(0);
    assertThat(deleted.attribute().orElseThrow().attributeValue())
        .contains(
            AttributeConversion.retag(
                Attributes.item(Tag.NAME, Name.of("third")), Tag.ATTRIBUTE_VALUE.code()));
  }

  @Test
  void addModifyDeleteIn21ReturnOnlyTheIdentifier() {
    String id = createKey(server, V21, null);
    Ttlv comment = Ttlv.text(Tag.COMMENT, "first");
    assertThat(
            server
                .ok(V21, AddAttributeRequest.of(id, comment), AddAttributeResponse.class)
                .attribute())
        .isEmpty();
    assertThat(
            server
                .ok(
                    V21,
                    ModifyAttributeRequest.of(id, Ttlv.text(Tag.COMMENT, "second")),
                    ModifyAttributeResponse.class)
                .attribute())
        .isEmpty();
    assertThat(
            server
                .ok(
                    V21,
                    DeleteAttributeRequest.of(id, AttributeReference.of(Tag.COMMENT)),
                    DeleteAttributeResponse.class)
                .attribute())
        .isEmpty();
  }

  @Test
  void theRefusalsOfEachVersion() {
    String id = createKey(server, V21, null);
    Ttlv uid = Ttlv.text(Tag.UNIQUE_IDENTIFIER, "mine");
    // A read-only attribute: 1.4 Table 342 Permission Denied, 2.1 Attribute Read Only.
    assertThat(
            reason(
                server.call(
                    V14, ModifyAttributeRequest.of(id, Attribute.of("Unique Identifier", uid)))))
        .isEqualTo(ResultReason.PERMISSION_DENIED);
    assertThat(reason(server.call(V21, ModifyAttributeRequest.of(id, uid))))
        .isIn(ResultReason.ATTRIBUTE_READ_ONLY, ResultReason.READ_ONLY_ATTRIBUTE);

    // A second value of a single-valued attribute: Illegal Operation / Attribute Single Valued.
    Ttlv length = Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, 128);
    assertThat(
            reason(
                server.call(
                    V14, AddAttributeRequest.of(id, Attribute.of("Cryptographic Length", length)))))
        .isIn(ResultReason.ILLEGAL_OPERATION, ResultReason.PERMISSION_DENIED);
    Ttlv comment = Ttlv.text(Tag.COMMENT, "one");
    server.ok(V21, AddAttributeRequest.of(id, comment), AddAttributeResponse.class);
    assertThat(reason(server.call(V21, AddAttributeRequest.of(id, comment))))
        .isEqualTo(ResultReason.ATTRIBUTE_SINGLE_VALUED);
    assertThat(
            reason(server.call(V14, AddAttributeRequest.of(id, Attribute.of("Comment", comment)))))
        .isEqualTo(ResultReason.ILLEGAL_OPERATION);

    // A missing instance: Item Not Found / Attribute Instance Not Found.
    assertThat(reason(server.call(V14, DeleteAttributeRequest.of(id, "Name", 3))))
        .isEqualTo(ResultReason.ITEM_NOT_FOUND);
    assertThat(
            reason(
                server.call(
                    V21,
                    new DeleteAttributeRequest(
                        Optional.of(UniqueIdentifierValue.of(id)),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(Attributes.of(Ttlv.text(Tag.COMMENT, "never set"))),
                        Optional.empty()))))
        .isIn(ResultReason.ATTRIBUTE_INSTANCE_NOT_FOUND, ResultReason.ATTRIBUTE_NOT_FOUND);

    // The server chooses the index of a new value (1.4 Table 341).
    assertThat(
            reason(
                server.call(
                    V14,
                    AddAttributeRequest.of(
                        id,
                        Attribute.of(
                            "Contact Information", 2, Ttlv.text(Tag.CONTACT_INFORMATION, "x"))))))
        .isEqualTo(ResultReason.INVALID_FIELD);
  }

  @Test
  void setAttributeIsA20Operation() {
    String id = createKey(server, V21, null);
    Ttlv description = Ttlv.text(Tag.DESCRIPTION, "payroll");
    assertThat(
            server
                .ok(V21, SetAttributeRequest.of(id, description), SetAttributeResponse.class)
                .uniqueIdentifier())
        .isEqualTo(id);
    assertThat(
            server
                .ok(
                    V21,
                    GetAttributesRequest.of(id, AttributeReference.of(Tag.DESCRIPTION)),
                    GetAttributesResponse.class)
                .attributes()
                .orElseThrow()
                .items())
        .containsExactly(description);
    assertThat(reason(server.call(V14, SetAttributeRequest.of(id, description))))
        .isEqualTo(ResultReason.OPERATION_NOT_SUPPORTED);
  }
}
