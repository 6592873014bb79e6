package org.storageharness.suite.load;

import org.storageharness.suite.ConfigurationException;
import org.storageharness.suite.Problem;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the loader's files (suites, catalogs, fio job files): only small UTF-8 text files that lie inside
 * {@code suites/}, links included. Anything else is a {@link ConfigurationException} that names the file and the fix.
 */
final class TextFiles {

    /** Suites, catalogs and job files are a few KiB; a file over this bound is the wrong file. */
    static final long MAX_BYTES = 1L << 20;

    private TextFiles() {
    }

    /** The file's text; {@code root} is the {@code suites/} folder it must lie in, after following links. */
    static String read(Path file, Path root, FileKind kind) {
        checkPlace(file, root, kind);
        String text = decode(file, bytes(file, kind), kind);
        if (text.isBlank()) {
            throw refuse(file, 0, "the file is empty; write " + kind.content() + " into it, or " + kind.elsewhere());
        }
        checkPrintable(file, text, kind);
        return text;
    }

    static ConfigurationException refuse(Path file, int line, String message) {
        return new ConfigurationException(new Problem(file, line, "", message));
    }

    private static void checkPlace(Path file, Path root, FileKind kind) {
        if (!Files.exists(file)) {
            throw refuse(file, 0, "the " + kind.noun() + " does not exist; " + kind.elsewhere());
        }
        if (!file.toAbsolutePath().normalize().startsWith(root.toAbsolutePath().normalize())) {
            throw refuse(file, 0, "the " + kind.noun() + " is outside [" + root + "]; move it into [" + root + "]");
        }
        Path real = realPath(file, kind);
        if (!real.startsWith(realPath(root, kind))) {
            throw refuse(file, 0, "the path is a link to [" + real + "], outside [" + root + "]; copy the "
                    + kind.noun() + " into [" + root + "] instead of linking to it");
        }
        if (Files.isDirectory(file)) {
            throw refuse(file, 0, "the path is a directory, not a " + kind.noun() + "; " + kind.elsewhere());
        }
        if (!Files.isRegularFile(file)) {
            throw refuse(file, 0, "the path is not a regular file (a pipe, socket or device); " + kind.elsewhere());
        }
    }

    private static Path realPath(Path file, FileKind kind) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            throw unreadable(file, e, kind);
        }
    }

    private static byte[] bytes(Path file, FileKind kind) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw refuse(file, 0, "the file has " + size + " bytes, more than the 1 MiB (" + MAX_BYTES
                        + " bytes) a " + kind.noun() + " may have; check that it is the file you meant, or "
                        + kind.elsewhere());
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw unreadable(file, e, kind);
        }
    }

    private static ConfigurationException unreadable(Path file, IOException e, FileKind kind) {
        String reason = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        return refuse(file, 0, "the file cannot be read (" + reason + "); make it readable for this user, or "
                + kind.elsewhere());
    }

    private static String decode(Path file, byte[] bytes, FileKind kind) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw refuse(file, 0, String.format("the file is not UTF-8 text (byte [0x%02X] at offset %d); save the %s"
                    + " as UTF-8 text, or %s", bytes[in.position()] & 0xFF, in.position(), kind.noun(),
                    kind.elsewhere()));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static void checkPrintable(Path file, String text, FileKind kind) {
        int line = 1;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int c = text.codePointAt(i);
            if (c == '\n') {
                line++;
            } else if (!printable(c)) {
                throw refuse(file, line, String.format("the file holds the control character [U+%04X], so it is not"
                        + " text; save the %s as UTF-8 text, or %s", c, kind.noun(), kind.elsewhere()));
            }
        }
    }

    /** YAML's printable characters, which SnakeYAML insists on; fio job files are held to the same. */
    private static boolean printable(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0x7E || c == 0x85 || c >= 0xA0 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000;
    }
}
