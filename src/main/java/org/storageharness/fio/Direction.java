package org.storageharness.fio;

import java.util.Locale;

/** An I/O direction as fio reports it ({@code read}, {@code write}, {@code trim}). */
public enum Direction {
    READ, WRITE, TRIM;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
