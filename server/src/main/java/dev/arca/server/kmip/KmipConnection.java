package dev.arca.server.kmip;

import dev.arca.kmip.ttlv.DecodeException;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.server.config.ClientCertificateMode;
import dev.arca.server.config.ListenerConfig;
import dev.arca.server.tls.CertificateAddresses;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.ssl.SslCloseCompletionEvent;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import java.net.InetSocketAddress;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection: frames requests out of the decrypted stream, hands them one at a time to
 * the KMIP service on a worker thread, writes the responses in order and enforces the timeouts
 * described in {@link KmipListener}. Every field is touched on the channel's event loop only.
 */
final class KmipConnection extends ChannelInboundHandlerAdapter {

  private static final Logger LOG = LoggerFactory.getLogger(KmipConnection.class);

  /**
   * Bytes a connection may hold beyond one maximal request: what a single socket read (at most 64
   * KiB with Netty's adaptive allocator) and one TLS record (16 KiB plus overhead) can add after
   * reading was paused, with room to spare. More means a peer is ignoring flow control.
   */
  private static final int SLACK_BYTES = 256 * 1024;

  /**
   * Bytes of further requests read ahead while one is with the service; beyond this, reading pauses
   * until the connection waits again. Reading on meanwhile costs nothing when the client waits for
   * its answer (there is nothing to read), and pausing and resuming reads for every request costs
   * two changes of the socket's registration and a read call each time.
   */
  static final int READ_AHEAD_BYTES = 64 * 1024;

  private enum State {
    HANDSHAKING,
    /** Waiting for, or reading, the next request. */
    WAITING,
    /** One request is with the service; later ones are read ahead, up to a bound. */
    PROCESSING,
    /** The response is being written; the next request is taken once it has left. */
    WRITING,
    CLOSED
  }

  private final KmipListener listener;
  private final Transport transport;
  private final RecordWatcher recordWatcher = new RecordWatcher();
  private final int maxPendingBytes;

  private ChannelHandlerContext ctx;
  private State state = State.HANDSHAKING;
  private ByteBuf pending;
  private InetSocketAddress remote;
  private List<X509Certificate> peerCertificates = List.of();
  private boolean sourceAddressListed;
  private String protocol = "";
  private String cipherSuite = "";
  private long waitingSince;
  private long writingSince;

  /** When the first byte of a not yet complete request arrived, or -1 when none is under way. */
  private long partialSince = -1;

  private ScheduledFuture<?> timer;
  private long timerAt;

  KmipConnection(KmipListener listener, Transport transport) {
    this.listener = listener;
    this.transport = transport;
    int limit = transport.settings().decodeLimits().maxMessageBytes();
    this.maxPendingBytes =
        limit > Integer.MAX_VALUE - SLACK_BYTES ? Integer.MAX_VALUE : limit + SLACK_BYTES;
  }

  /** The handler to put in front of the {@link SslHandler}. */
  ChannelInboundHandlerAdapter recordWatcher() {
    return recordWatcher;
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    this.ctx = ctx;
    this.remote = (InetSocketAddress) ctx.channel().remoteAddress();
  }

  @Override
  public void handlerRemoved(ChannelHandlerContext ctx) {
    closed();
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    closed();
  }

  // ---- TLS events ----------------------------------------------------------------------------

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
    if (event instanceof SslHandshakeCompletionEvent) {
      SslHandshakeCompletionEvent handshake = (SslHandshakeCompletionEvent) event;
      if (handshake.isSuccess()) {
        handshakeSucceeded();
      } else {
        handshakeFailed(handshake.cause());
      }
    } else if (event instanceof SslCloseCompletionEvent
        || event instanceof ChannelInputShutdownEvent) {
      // The client said it will send nothing more (close_notify or FIN).
      close();
    }
    ReferenceCountUtil.release(event);
  }

  private void handshakeSucceeded() {
    if (state != State.HANDSHAKING) {
      return;
    }
    SSLSession session = ctx.pipeline().get(SslHandler.class).engine().getSession();
    protocol = session.getProtocol();
    cipherSuite = session.getCipherSuite();
    peerCertificates = peerCertificates(session);
    sourceAddressListed =
        !peerCertificates.isEmpty()
            && CertificateAddresses.contains(peerCertificates.get(0), remote.getAddress());
    listener.counters().handshakesSucceeded.increment();
    if (!admissible(listener.config())) {
      return;
    }
    state = State.WAITING;
    waitingSince = System.nanoTime();
    pump();
  }

  private void handshakeFailed(Throwable cause) {
    if (state != State.HANDSHAKING) {
      return;
    }
    if (recordWatcher.bytesSeen > 0) {
      listener.counters().handshakesFailed.increment();
      LOG.debug(
          "KMIP listener {}: TLS handshake with {} failed: {}",
          listener.name(),
          remote,
          reason(cause));
    }
    close();
  }

  private static List<X509Certificate> peerCertificates(SSLSession session) {
    try {
      List<X509Certificate> chain = new ArrayList<>();
      for (Certificate certificate : session.getPeerCertificates()) {
        chain.add((X509Certificate) certificate);
      }
      return List.copyOf(chain);
    } catch (SSLPeerUnverifiedException e) {
      return List.of();
    }
  }

  /**
   * Whether the listener, as configured now, still admits this client. Checked after the handshake
   * and before every request, so that a stricter setting applies to open connections too; closes
   * the connection when not.
   */
  private boolean admissible(ListenerConfig config) {
    String problem = null;
    if (config.clientCertificateMode() != ClientCertificateMode.NOT_USED
        && peerCertificates.isEmpty()) {
      problem = "no client certificate";
    } else if (config.requireSourceIpInCertificate() && !sourceAddressListed) {
      problem =
          "client certificate does not contain the source address "
              + remote.getAddress().getHostAddress();
    }
    if (problem == null) {
      return true;
    }
    listener.counters().refusedClients.increment();
    LOG.debug("KMIP listener {}: refusing {}: {}", listener.name(), remote, problem);
    close();
    return false;
  }

  // ---- reading and framing -------------------------------------------------------------------

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (!(msg instanceof ByteBuf)) {
      ReferenceCountUtil.release(msg);
      return;
    }
    ByteBuf in = (ByteBuf) msg;
    try {
      if (state == State.CLOSED || !in.isReadable()) {
        return;
      }
      if (pending == null) {
        pending = ctx.alloc().heapBuffer(Math.max(in.readableBytes(), 512));
      }
      if ((long) pending.readableBytes() + in.readableBytes() > maxPendingBytes) {
        listener.counters().stalls.increment();
        LOG.debug(
            "KMIP listener {}: {} sent more than {} bytes ahead; closing",
            listener.name(),
            remote,
            maxPendingBytes);
        close();
        return;
      }
      pending.writeBytes(in);
    } finally {
      wipe(in);
      in.release();
    }
    if (state != State.WAITING && pending.readableBytes() >= READ_AHEAD_BYTES) {
      // Enough read ahead: let TCP flow control hold the client back.
      ctx.channel().config().setAutoRead(false);
    }
    pump();
  }

  @Override
  public void channelReadComplete(ChannelHandlerContext ctx) {
    if (state == State.WAITING) {
      notePartial();
      rearm();
    }
  }

  /** Takes the next complete request, if there is one and none is in flight. */
  private void pump() {
    byte[] header = new byte[KmipFraming.HEADER_BYTES];
    while (state == State.WAITING
        && pending != null
        && pending.readableBytes() >= KmipFraming.HEADER_BYTES) {
      if (!admissible(listener.config())) {
        return;
      }
      pending.getBytes(pending.readerIndex(), header);
      int length;
      try {
        length = KmipFraming.frameLength(header, 0, transport.decoder());
      } catch (DecodeException e) {
        reject(e);
        return;
      }
      if (pending.readableBytes() < length) {
        break;
      }
      byte[] frame = new byte[length];
      pending.readBytes(frame);
      if (pending.isReadable()) {
        pending.discardSomeReadBytes();
      } else {
        releasePending();
      }
      dispatch(frame);
    }
    if (state == State.WAITING) {
      notePartial();
      ctx.channel().config().setAutoRead(true);
      rearm();
    }
  }

  private void notePartial() {
    boolean partial = recordWatcher.midRecord() || (pending != null && pending.isReadable());
    if (!partial) {
      partialSince = -1;
    } else if (partialSince < 0) {
      partialSince = System.nanoTime();
    }
  }

  // ---- processing ----------------------------------------------------------------------------

  private void dispatch(byte[] frame) {
    ConnectionInfo info = info();
    startProcessing();
    submit(
        () -> {
          byte[] response;
          boolean closeAfter = false;
          try {
            Ttlv request = transport.decoder().decode(frame);
            response = transport.encoder().encode(transport.service().handle(request, info));
          } catch (DecodeException e) {
            listener.counters().rejectedFrames.increment();
            LOG.debug(
                "KMIP listener {}: undecodable request from {}: {}",
                listener.name(),
                remote,
                e.getMessage());
            response = undecodable(e, info);
            closeAfter = true;
          } finally {
            // Requests may carry key material (Register, Import); do not leave it lying around.
            Arrays.fill(frame, (byte) 0);
          }
          respondLater(response, closeAfter);
        });
  }

  /**
   * A frame refused from its header. The rest of the stream cannot be trusted to start at a message
   * boundary, so after the answer the connection is closed.
   */
  private void reject(DecodeException problem) {
    listener.counters().rejectedFrames.increment();
    LOG.debug(
        "KMIP listener {}: refusing a frame from {}: {}",
        listener.name(),
        remote,
        problem.getMessage());
    releasePending();
    ConnectionInfo info = info();
    startProcessing();
    submit(() -> respondLater(undecodable(problem, info), true));
  }

  private byte[] undecodable(DecodeException problem, ConnectionInfo info) {
    return transport.encoder().encode(transport.service().undecodable(problem, info));
  }

  private ConnectionInfo info() {
    return new ConnectionInfo(listener.config(), remote, peerCertificates, protocol, cipherSuite);
  }

  private void startProcessing() {
    state = State.PROCESSING;
    if (pending != null && pending.readableBytes() >= READ_AHEAD_BYTES) {
      ctx.channel().config().setAutoRead(false);
    }
  }

  private void submit(Runnable work) {
    Runnable guarded =
        () -> {
          try {
            work.run();
          } catch (RuntimeException | Error e) {
            // The service promises not to throw; if it does, the client gets no half answer.
            LOG.warn(
                "KMIP listener {}: request from {} failed in the KMIP service; closing the connection",
                listener.name(),
                remote,
                e);
            respondLater(null, true);
            if (e instanceof VirtualMachineError) {
              throw e;
            }
          }
        };
    try {
      transport.workers().execute(guarded);
    } catch (RejectedExecutionException e) {
      listener.counters().busyRejections.increment();
      LOG.debug(
          "KMIP listener {}: no worker free for a request from {}; closing",
          listener.name(),
          remote);
      close();
    }
  }

  /** Called on a worker thread: hands the response to the event loop. */
  private void respondLater(byte[] response, boolean closeAfter) {
    try {
      ctx.executor().execute(() -> respond(response, closeAfter));
    } catch (RejectedExecutionException e) {
      // The event loop is shutting down; the connection goes with it.
      if (response != null) {
        Arrays.fill(response, (byte) 0);
      }
    }
  }

  private void respond(byte[] response, boolean closeAfter) {
    if (state == State.CLOSED || response == null) {
      if (response != null) {
        Arrays.fill(response, (byte) 0);
      }
      close();
      return;
    }
    if (!closeAfter) {
      listener.counters().requests.increment();
    }
    state = State.WRITING;
    writingSince = System.nanoTime();
    rearm();
    ctx.writeAndFlush(Unpooled.wrappedBuffer(response))
        .addListener(
            (ChannelFutureListener)
                written -> {
                  // The TLS layer has encrypted and sent it; responses may carry exported keys.
                  Arrays.fill(response, (byte) 0);
                  if (!written.isSuccess() || closeAfter) {
                    close();
                    return;
                  }
                  state = State.WAITING;
                  waitingSince = System.nanoTime();
                  pump();
                });
  }

  // ---- timeouts ------------------------------------------------------------------------------

  /** Re-evaluates the connection's deadline on any config change; safe from any thread. */
  void configChanged() {
    if (ctx != null) {
      ctx.executor().execute(this::rearm);
    }
  }

  private long deadline() {
    switch (state) {
      case WAITING:
        if (partialSince >= 0) {
          return Math.max(partialSince, waitingSince)
              + transport.settings().requestReadTimeout().toNanos();
        }
        return waitingSince + listener.config().idleTimeout().toNanos();
      case WRITING:
        return writingSince + transport.settings().responseWriteTimeout().toNanos();
      default:
        return Long.MAX_VALUE;
    }
  }

  /**
   * Makes sure a timer fires no later than the current deadline. A timer that would fire earlier is
   * kept; it re-evaluates when it fires, so state changes need not cancel it.
   */
  private void rearm() {
    if (state == State.CLOSED) {
      return;
    }
    long deadline = deadline();
    if (deadline == Long.MAX_VALUE || (timer != null && timerAt - deadline <= 0)) {
      return;
    }
    if (timer != null) {
      timer.cancel(false);
    }
    timerAt = deadline;
    timer =
        ctx.executor()
            .schedule(
                this::onTimer, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
  }

  private void onTimer() {
    timer = null;
    if (state == State.CLOSED) {
      return;
    }
    long deadline = deadline();
    if (deadline == Long.MAX_VALUE) {
      return;
    }
    if (System.nanoTime() - deadline < 0) {
      rearm();
      return;
    }
    if (state == State.WRITING) {
      listener.counters().stalls.increment();
      LOG.debug(
          "KMIP listener {}: {} did not read its response within {}; closing",
          listener.name(),
          remote,
          transport.settings().responseWriteTimeout());
    } else if (partialSince >= 0) {
      listener.counters().stalls.increment();
      LOG.debug(
          "KMIP listener {}: request from {} not complete within {}; closing",
          listener.name(),
          remote,
          transport.settings().requestReadTimeout());
    } else {
      listener.counters().idleTimeouts.increment();
      LOG.debug(
          "KMIP listener {}: {} idle for {}; closing",
          listener.name(),
          remote,
          listener.config().idleTimeout());
    }
    close();
  }

  // ---- errors and closing --------------------------------------------------------------------

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (state == State.HANDSHAKING) {
      // Counted once, whichever of this and the handshake completion event comes first.
      handshakeFailed(cause);
      return;
    }
    if (state != State.CLOSED) {
      LOG.debug(
          "KMIP listener {}: connection from {} failed: {}",
          listener.name(),
          remote,
          reason(cause));
    }
    close();
  }

  /**
   * The failure and its first cause, e.g. the TLS alert and the certificate path problem behind it.
   * Messages of TLS and certificate errors name certificates and algorithms, never secrets.
   */
  private static String reason(Throwable cause) {
    Throwable failure =
        cause instanceof DecoderException && cause.getCause() != null ? cause.getCause() : cause;
    String text = describe(failure);
    Throwable root = failure;
    for (int depth = 0; depth < 8 && root.getCause() != null && root.getCause() != root; depth++) {
      root = root.getCause();
    }
    String behind = describe(root);
    return text.contains(behind) ? text : text + " (" + behind + ")";
  }

  private static String describe(Throwable t) {
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  private void close() {
    if (state == State.CLOSED) {
      return;
    }
    closed();
    ctx.close();
  }

  private void closed() {
    state = State.CLOSED;
    if (timer != null) {
      timer.cancel(false);
      timer = null;
    }
    releasePending();
  }

  private void releasePending() {
    if (pending != null) {
      wipe(pending);
      pending.release();
      pending = null;
    }
  }

  /**
   * Zeroes a buffer of decrypted request bytes before it goes back to the pool: requests may carry
   * key material (Register, Import), and pooled memory is handed to other connections.
   */
  private static void wipe(ByteBuf buf) {
    if (buf.refCnt() > 0 && buf.capacity() > 0) {
      // The whole capacity: compacting the buffer leaves old bytes beyond the writer index.
      buf.setZero(0, buf.capacity());
    }
  }

  /**
   * Follows TLS record boundaries (RFC 8446 §5.1, RFC 5246 §6.2: 1-byte type, 2-byte version,
   * 2-byte length, then the body) in the raw byte stream, so the connection knows when part of a
   * record is buffered inside the TLS layer. A client that trickles a request one byte at a time
   * never completes a record, and only this view shows that a request is under way.
   */
  private final class RecordWatcher extends ChannelInboundHandlerAdapter {
    private int headerBytes;
    private int lengthHigh;
    private int remaining;
    long bytesSeen;

    boolean midRecord() {
      return headerBytes > 0 || remaining > 0;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      if (msg instanceof ByteBuf) {
        ByteBuf buf = (ByteBuf) msg;
        int i = buf.readerIndex();
        int end = buf.writerIndex();
        bytesSeen += end - i;
        if (end > i && partialSince < 0 && state != State.HANDSHAKING) {
          partialSince = System.nanoTime();
        }
        while (i < end) {
          if (remaining > 0) {
            int n = Math.min(remaining, end - i);
            remaining -= n;
            i += n;
            continue;
          }
          int b = buf.getUnsignedByte(i++);
          headerBytes++;
          if (headerBytes == 4) {
            lengthHigh = b;
          } else if (headerBytes == 5) {
            remaining = (lengthHigh << 8) | b;
            headerBytes = 0;
          }
        }
      }
      ctx.fireChannelRead(msg);
    }
  }
}
