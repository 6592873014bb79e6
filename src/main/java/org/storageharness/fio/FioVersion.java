package org.storageharness.fio;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fio version as {@code fio --version} prints it ({@code fio-3.33}), and whether the harness can read that fio's
 * output.
 *
 * @param text the version as fio prints it, such as {@code fio-3.36}
 * @param major its major number
 */
public record FioVersion(String text, int major) {

    /** {@link FioOutputParser} reads fio 3's json+ (checked on 3.33 to 3.42); fio 2 wrote another layout. */
    public static final int FIRST_READABLE_MAJOR = 3;

    private static final Pattern VERSION = Pattern.compile("fio-(\\d+)\\.\\d+\\S*");

    /** The version in what {@code fio --version} printed; empty when it printed none (no fio, or an error). */
    public static Optional<FioVersion> parse(String printed) {
        Matcher m = VERSION.matcher(printed == null ? "" : printed.strip());
        return m.lookingAt() ? Optional.of(new FioVersion(m.group(), Integer.parseInt(m.group(1)))) : Optional.empty();
    }

    public boolean readable() {
        return major >= FIRST_READABLE_MAJOR;
    }
}
