package org.storageharness.platform.k3s;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A unix socket that answers every request with a fixed HTTP response, or never answers (response null). */
final class FakeDockerSocket implements AutoCloseable {

    static final String PONG = "HTTP/1.1 200 OK\r\nApi-Version: 1.51\r\nContent-Length: 2\r\n\r\nOK";

    final Path path;
    private final ServerSocketChannel server;
    private final List<SocketChannel> held = new CopyOnWriteArrayList<>();

    private FakeDockerSocket(Path path, String response) throws IOException {
        this.path = path;
        this.server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(path));
        Thread thread = new Thread(() -> serve(response), "fake-docker-" + path.getFileName());
        thread.setDaemon(true);
        thread.start();
    }

    static FakeDockerSocket answering(Path path, String response) throws IOException {
        return new FakeDockerSocket(path, response);
    }

    /** A socket file nobody listens on any more, as a crashed daemon leaves behind. */
    static Path stale(Path path) throws IOException {
        try (ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.bind(UnixDomainSocketAddress.of(path));
        }
        return path;
    }

    private void serve(String response) {
        try {
            while (true) {
                SocketChannel connection = server.accept();
                connection.read(ByteBuffer.allocate(1024));
                if (response == null) {
                    held.add(connection);
                    continue;
                }
                connection.write(ByteBuffer.wrap(response.getBytes(StandardCharsets.US_ASCII)));
                connection.close();
            }
        } catch (IOException closed) {
            // close() ends the accept loop.
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (SocketChannel connection : held) {
            connection.close();
        }
    }
}
