package dev.arca.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arca.core.state.Atomic;
import dev.arca.core.state.Command;
import dev.arca.core.state.CommandResult;
import dev.arca.core.state.CommandResult.Reason;
import dev.arca.core.state.DeleteObject;
import dev.arca.core.state.DeleteRecord;
import dev.arca.core.state.PutObject;
import dev.arca.core.state.PutRecord;
import dev.arca.core.state.RecordKey;
import dev.arca.core.state.Replicator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RecordStore} with its {@link Replicator} must do: records kept beside managed
 * objects, changed by compare-and-set. Subclasses provide a fresh, empty store in {@link #open()}.
 */
public abstract class RecordStoreContract {

  /** A store of records and objects, the replicator that writes to it, closed after each test. */
  public record Subject(
      RecordStore records, ObjectStore objects, Replicator replicator, AutoCloseable resources) {
    void close() throws Exception {
      replicator.close();
      resources.close();
    }
  }

  /** A fresh, empty store and its replicator. */
  protected abstract Subject open() throws Exception;

  private static final RecordKey ALICE = RecordKey.of("user", "alice");

  private Subject subject;
  private RecordStore records;

  @BeforeEach
  void openSubject() throws Exception {
    subject = open();
    records = subject.records();
  }

  @AfterEach
  void closeSubject() throws Exception {
    subject.close();
  }

  private CommandResult submit(Command c) throws Exception {
    return subject.replicator().submit(c).get(30, TimeUnit.SECONDS);
  }

  private static byte[] text(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static Reason rejection(CommandResult r) {
    assertThat(r).isInstanceOf(CommandResult.Rejected.class);
    return ((CommandResult.Rejected) r).reason();
  }

  private StoredRecord stored(RecordKey key) {
    return records.record(key).orElseThrow();
  }

  @Test
  void anEmptyStoreHasNoRecords() {
    assertThat(records.record(ALICE)).isEmpty();
    assertThat(records.records("user")).isEmpty();
  }

  @Test
  void aRecordComesBackAsItWasPut() throws Exception {
    assertThat(submit(new PutRecord(ALICE, text("enabled=true\n"), 1)).applied()).isTrue();
    assertThat(records.record(ALICE)).contains(new StoredRecord(ALICE, text("enabled=true\n"), 1));
    RecordKey empty = RecordKey.of("setting", "empty body");
    assertThat(submit(new PutRecord(empty, new byte[0], 1)).applied()).isTrue();
    assertThat(stored(empty).body()).isEmpty();
  }

  @Test
  void creatingAnExistingRecordIsRejected() throws Exception {
    submit(new PutRecord(ALICE, text("first"), 1));
    assertThat(rejection(submit(new PutRecord(ALICE, text("second"), 1))))
        .isEqualTo(Reason.ALREADY_EXISTS);
    assertThat(stored(ALICE).body()).isEqualTo(text("first"));
  }

  @Test
  void anUpdateMustNameTheStoredRevision() throws Exception {
    submit(new PutRecord(ALICE, text("v1"), 1));
    assertThat(submit(new PutRecord(ALICE, text("v2"), 2)).applied()).isTrue();
    // Another writer that also started from revision 1 loses, and so does one skipping ahead.
    assertThat(rejection(submit(new PutRecord(ALICE, text("stale"), 2))))
        .isEqualTo(Reason.CONFLICT);
    assertThat(rejection(submit(new PutRecord(ALICE, text("skip"), 5)))).isEqualTo(Reason.CONFLICT);
    assertThat(records.record(ALICE)).contains(new StoredRecord(ALICE, text("v2"), 2));
  }

  @Test
  void updatingAMissingRecordIsNotFound() throws Exception {
    assertThat(rejection(submit(new PutRecord(ALICE, text("x"), 2)))).isEqualTo(Reason.NOT_FOUND);
    assertThat(records.record(ALICE)).isEmpty();
  }

  @Test
  void aDeletionMustNameTheStoredRevision() throws Exception {
    submit(new PutRecord(ALICE, text("v1"), 1));
    submit(new PutRecord(ALICE, text("v2"), 2));
    assertThat(rejection(submit(new DeleteRecord(ALICE, 1)))).isEqualTo(Reason.CONFLICT);
    assertThat(rejection(submit(new DeleteRecord(RecordKey.of("user", "bob"), 1))))
        .isEqualTo(Reason.NOT_FOUND);
    assertThat(records.record(ALICE)).isPresent();
    assertThat(submit(new DeleteRecord(ALICE, 2)).applied()).isTrue();
    assertThat(records.record(ALICE)).isEmpty();
    assertThat(rejection(submit(new DeleteRecord(ALICE, 2)))).isEqualTo(Reason.NOT_FOUND);
    // Created again, it starts over at revision 1.
    assertThat(submit(new PutRecord(ALICE, text("again"), 1)).applied()).isTrue();
    assertThat(stored(ALICE).revision()).isEqualTo(1);
  }

  @Test
  void theRecordsOfAKindComeInNameOrder() throws Exception {
    List<String> names = List.of("𝄞", "b", "\uff21", "B", "ba", "a b", "alice@example.com");
    for (String n : names) {
      submit(new PutRecord(RecordKey.of("user", n), text(n), 1));
    }
    submit(new PutRecord(RecordKey.of("group", "a"), text("g"), 1));
    submit(new PutRecord(RecordKey.of("users", "a"), text("u"), 1));
    assertThat(records.records("user"))
        .extracting(r -> r.key().name())
        .containsExactly("B", "a b", "alice@example.com", "b", "ba", "\uff21", "𝄞");
    assertThat(records.records("user")).allMatch(r -> r.key().kind().equals("user"));
    assertThat(records.records("group"))
        .containsExactly(new StoredRecord(RecordKey.of("group", "a"), text("g"), 1));
    assertThat(records.records("admin")).isEmpty();
    assertThatThrownBy(() -> records.records("Not A Kind"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void recordsAndObjectsLiveSideBySide() throws Exception {
    assertThat(submit(new PutObject(TestObjects.key("alice").build())).applied()).isTrue();
    assertThat(submit(new PutRecord(ALICE, text("r"), 1)).applied()).isTrue();
    assertThat(subject.objects().count()).isEqualTo(1);
    assertThat(submit(new DeleteObject("alice", 1)).applied()).isTrue();
    assertThat(records.record(ALICE)).isPresent();
    assertThat(subject.objects().get("alice")).isEmpty();
  }

  @Test
  void anAtomicCommandOverRecordsAndObjectsIsAppliedWholeOrNotAtAll() throws Exception {
    submit(new PutRecord(ALICE, text("v1"), 1));
    CommandResult r =
        submit(
            Atomic.of(
                new PutObject(TestObjects.key("k").build()),
                new PutRecord(ALICE, text("v2"), 2),
                new PutRecord(RecordKey.of("user", "bob"), text("b"), 1),
                new DeleteRecord(ALICE, 1))); // stale: the whole is rejected
    assertThat(rejection(r)).isEqualTo(Reason.CONFLICT);
    assertThat(((CommandResult.Rejected) r).message()).contains("command 4 of 4");
    assertThat(records.record(ALICE)).contains(new StoredRecord(ALICE, text("v1"), 1));
    assertThat(records.records("user")).hasSize(1);
    assertThat(subject.objects().get("k")).isEmpty();

    assertThat(
            submit(
                    Atomic.of(
                        new PutObject(TestObjects.key("k").build()),
                        new PutRecord(ALICE, text("v2"), 2),
                        new DeleteRecord(ALICE, 2),
                        new PutRecord(ALICE, text("v3"), 1)))
                .applied())
        .isTrue();
    assertThat(records.record(ALICE)).contains(new StoredRecord(ALICE, text("v3"), 1));
    assertThat(subject.objects().get("k")).isPresent();
  }

  @Test
  void aStoredRecordNeverShowsItsBody() throws Exception {
    submit(new PutRecord(ALICE, text("password=secret-hash"), 1));
    assertThat(stored(ALICE).toString()).contains("user/alice").doesNotContain("secret");
    byte[] body = stored(ALICE).body();
    body[0] = 'X'; // a copy
    assertThat(stored(ALICE).body()[0]).isEqualTo((byte) 'p');
  }
}
