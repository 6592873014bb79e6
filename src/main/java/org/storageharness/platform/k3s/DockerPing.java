package org.storageharness.platform.k3s;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Asks an endpoint {@code GET /_ping} (the Docker Engine API's liveness call), bounded by a timeout. Answers "does a
 * daemon listen here" in milliseconds, without Docker client libraries and without logging.
 */
final class DockerPing {

    private static final byte[] REQUEST = "GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final int STATUS_LINE_MAX = 256;

    private DockerPing() {
    }

    /** Empty when a daemon answered (or, for TLS and named pipes, may answer); otherwise what went wrong. */
    static Optional<String> failure(DockerEndpoint endpoint, Duration timeout) {
        String scheme = endpoint.uri().getScheme();
        try {
            return switch (scheme) {
                case "unix" -> verdict(unix(endpoint, timeout));
                case "tcp", "http", "https" -> endpoint.tls() ? connectOnly(endpoint, timeout)
                        : verdict(tcp(endpoint, timeout));
                // Windows named pipes cannot be opened from plain Java; Testcontainers decides for them.
                case "npipe" -> Optional.empty();
                default -> Optional.of("scheme [" + scheme + "] is not one Testcontainers supports (unix, tcp, npipe)");
            };
        } catch (IOException | IllegalArgumentException e) {
            return Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static Optional<String> verdict(String statusLine) {
        return statusLine.startsWith("HTTP/1.") && statusLine.contains(" 200")
                ? Optional.empty()
                : Optional.of("answered [" + statusLine.strip() + "] instead of [HTTP/1.1 200 OK]");
    }

    private static String unix(DockerEndpoint endpoint, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
                Selector selector = Selector.open()) {
            // Non-blocking throughout: a hung daemon with a full accept backlog must not hang the probe.
            channel.configureBlocking(false);
            SelectionKey key = channel.register(selector, SelectionKey.OP_CONNECT);
            if (!channel.connect(UnixDomainSocketAddress.of(endpoint.socketPath()))) {
                awaitReady(selector, deadline, timeout);
                channel.finishConnect();
            }
            ByteBuffer request = ByteBuffer.wrap(REQUEST);
            while (request.hasRemaining()) {
                channel.write(request);
            }
            key.interestOps(SelectionKey.OP_READ);
            ByteBuffer answer = ByteBuffer.allocate(STATUS_LINE_MAX);
            while (answer.hasRemaining() && !hasLine(answer)) {
                awaitReady(selector, deadline, timeout);
                if (channel.read(answer) < 0) {
                    break;
                }
            }
            return firstLine(answer.array(), answer.position());
        }
    }

    private static void awaitReady(Selector selector, long deadline, Duration timeout) throws IOException {
        while (true) {
            long leftMillis = (deadline - System.nanoTime()) / 1_000_000;
            if (leftMillis <= 0) {
                throw new IOException("no answer within [" + timeout.toMillis() + " ms]");
            }
            if (selector.select(leftMillis) > 0) {
                selector.selectedKeys().clear();
                return;
            }
        }
    }

    private static String tcp(DockerEndpoint endpoint, Duration timeout) throws IOException {
        try (Socket socket = connect(endpoint, timeout)) {
            socket.setSoTimeout((int) timeout.toMillis());
            socket.getOutputStream().write(REQUEST);
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[STATUS_LINE_MAX];
            int length = 0;
            int read;
            while (length < buffer.length && (read = in.read(buffer, length, buffer.length - length)) > 0) {
                length += read;
                if (firstLine(buffer, length).length() < length) {
                    break;
                }
            }
            return firstLine(buffer, length);
        }
    }

    private static Optional<String> connectOnly(DockerEndpoint endpoint, Duration timeout) throws IOException {
        try (Socket ignored = connect(endpoint, timeout)) {
            return Optional.empty();
        }
    }

    private static Socket connect(DockerEndpoint endpoint, Duration timeout) throws IOException {
        String host = endpoint.uri().getHost();
        int port = endpoint.uri().getPort() > 0 ? endpoint.uri().getPort() : endpoint.tls() ? 2376 : 2375;
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    private static boolean hasLine(ByteBuffer buffer) {
        return firstLine(buffer.array(), buffer.position()).length() < buffer.position();
    }

    private static String firstLine(byte[] bytes, int length) {
        String text = new String(bytes, 0, length, StandardCharsets.US_ASCII);
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
