package dev.arca.server.kmip;

import dev.arca.kmip.ttlv.TtlvDecoder;
import dev.arca.kmip.ttlv.TtlvEncoder;
import io.netty.channel.EventLoopGroup;
import java.util.concurrent.ExecutorService;

/** What all listeners of a manager share: settings, the service, threads and the codec. */
record Transport(
    TransportSettings settings,
    KmipService service,
    EventLoopGroup acceptors,
    EventLoopGroup io,
    ExecutorService workers,
    TtlvDecoder decoder,
    TtlvEncoder encoder) {}
