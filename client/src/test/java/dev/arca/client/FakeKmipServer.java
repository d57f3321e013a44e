package dev.arca.client;

import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.ResultStatus;
import dev.arca.kmip.message.ProtocolVersion;
import dev.arca.kmip.message.RequestBatchItem;
import dev.arca.kmip.message.RequestMessage;
import dev.arca.kmip.message.ResponseBatchItem;
import dev.arca.kmip.message.ResponseHeader;
import dev.arca.kmip.message.ResponseMessage;
import dev.arca.kmip.payload.ActivateResponse;
import dev.arca.kmip.payload.CreateResponse;
import dev.arca.kmip.payload.DiscoverVersionsResponse;
import dev.arca.kmip.payload.LocateResponse;
import dev.arca.kmip.payload.Payloads;
import dev.arca.kmip.payload.ResponsePayload;
import dev.arca.kmip.ttlv.TtlvDecoder;
import dev.arca.kmip.ttlv.TtlvEncoder;
import dev.arca.server.testing.TestPki;
import dev.arca.server.tls.TlsContexts;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLServerSocket;

/**
 * A KMIP server for the client's unit tests: TLS on 127.0.0.1 with the test PKI's server
 * certificate, client certificates required, and canned answers. It can also misbehave: answer
 * nothing after the handshake, close after each answer, or hold each answer back.
 */
final class FakeKmipServer implements AutoCloseable {

  /** How the server treats a request. */
  enum Behaviour {
    /** Answers every request. */
    ANSWER,
    /** Answers, then closes the connection. */
    ANSWER_AND_CLOSE,
    /** Reads requests and never answers. */
    SILENT
  }

  private final SSLServerSocket server;
  private final Thread acceptor;
  private final ConcurrentLinkedQueue<Socket> sockets = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<Operation> operations = new ConcurrentLinkedQueue<>();
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicInteger nextId = new AtomicInteger(1);
  private volatile Behaviour behaviour;
  private volatile CountDownLatch gate = new CountDownLatch(0);
  private volatile boolean closed;

  private FakeKmipServer(Behaviour behaviour) throws IOException {
    this.behaviour = behaviour;
    server =
        (SSLServerSocket)
            TlsContexts.server(TestPki.shared().server())
                .getServerSocketFactory()
                .createServerSocket(0, 50, InetAddress.getLoopbackAddress());
    server.setNeedClientAuth(true);
    acceptor = new Thread(this::acceptLoop, "fake-kmip-" + server.getLocalPort());
    acceptor.setDaemon(true);
    acceptor.start();
  }

  static FakeKmipServer start(Behaviour behaviour) throws IOException {
    return new FakeKmipServer(behaviour);
  }

  /** {@code 127.0.0.1:port}, the name the test server certificate carries. */
  String address() {
    return "127.0.0.1:" + server.getLocalPort();
  }

  void behave(Behaviour b) {
    behaviour = b;
  }

  /** Holds every answer until {@link #release()}. */
  void holdAnswers() {
    gate = new CountDownLatch(1);
  }

  void release() {
    gate.countDown();
  }

  /** TCP connections accepted so far. */
  int connections() {
    return connections.get();
  }

  /** Operations received so far, in order. */
  List<Operation> operations() {
    return List.copyOf(operations);
  }

  /** Closes every open connection, as a server restart would. */
  void dropConnections() {
    for (Socket s; (s = sockets.poll()) != null; ) {
      closeQuietly(s);
    }
  }

  private void acceptLoop() {
    while (!closed) {
      Socket s;
      try {
        s = server.accept();
      } catch (IOException e) {
        return;
      }
      connections.incrementAndGet();
      sockets.add(s);
      Thread t = new Thread(() -> serve(s), "fake-kmip-conn");
      t.setDaemon(true);
      t.start();
    }
  }

  private void serve(Socket socket) {
    TtlvDecoder decoder = new TtlvDecoder();
    TtlvEncoder encoder = new TtlvEncoder();
    try (socket) {
      DataInputStream in = new DataInputStream(socket.getInputStream());
      OutputStream out = socket.getOutputStream();
      while (true) {
        byte[] header = new byte[8];
        in.readFully(header);
        int length = decoder.messageLength(header, 0);
        byte[] message = new byte[length];
        System.arraycopy(header, 0, message, 0, 8);
        in.readFully(message, 8, length - 8);
        RequestMessage request = TtlvBinder.decode(RequestMessage.class, decoder.decode(message));
        RequestBatchItem item = request.batchItems().get(0);
        operations.add(item.operation());
        if (behaviour == Behaviour.SILENT) {
          continue;
        }
        if (!gate.await(30, TimeUnit.SECONDS)) {
          return;
        }
        ResponseMessage response =
            new ResponseMessage(
                ResponseHeader.of(request.header().protocolVersion(), Instant.now(), 1),
                List.of(answer(item)));
        out.write(encoder.encode(TtlvBinder.encode(response)));
        out.flush();
        if (behaviour == Behaviour.ANSWER_AND_CLOSE) {
          return;
        }
      }
    } catch (Exception e) {
      // The client went away, or the test closed the server.
    }
  }

  private ResponseBatchItem answer(RequestBatchItem item) {
    Operation op = item.operation();
    ResponsePayload payload;
    switch (op) {
      case DISCOVER_VERSIONS:
        payload = DiscoverVersionsResponse.of(new ProtocolVersion(2, 1));
        break;
      case CREATE:
        payload = CreateResponse.of(ObjectType.SYMMETRIC_KEY, "key-" + nextId.getAndIncrement());
        break;
      case LOCATE:
        payload = LocateResponse.of(List.of());
        break;
      case ACTIVATE:
        payload = new ActivateResponse("key-1");
        break;
      default:
        return ResponseBatchItem.failure(
            Optional.of(op),
            Optional.empty(),
            ResultStatus.OPERATION_FAILED,
            ResultReason.ITEM_NOT_FOUND,
            "no such object");
    }
    return ResponseBatchItem.success(
        Optional.of(op), Optional.empty(), Optional.of(Payloads.encode(payload)));
  }

  @Override
  public void close() {
    closed = true;
    closeQuietly(server);
    dropConnections();
    gate.countDown();
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception e) {
      // Test teardown.
    }
  }
}
