package org.storageharness.suite;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A correctness check of the harness. Its {@link #id()} is the name users see and write: in {@code checks.run}, in
 * Allure case names, in results.json and in the report's tables.
 */
public enum CheckKind {
    // The ids are spelled out rather than derived from the constants' names: suites and earlier results.json files
    // use them, so renaming a constant must not change them.
    SNAPSHOT("snapshot"), PERSISTENCE("persistence"), FAILOVER("failover"), CLONE("clone"), EXPANSION("expansion");

    private final String id;

    CheckKind(String id) {
        this.id = id;
    }

    /** {@code snapshot}, {@code persistence}, {@code failover}, {@code clone} or {@code expansion}. */
    public String id() {
        return id;
    }

    /** The check whose id is {@code text} (surrounding blanks ignored), or empty; never null. */
    public static Optional<CheckKind> parse(String text) {
        String wanted = text.trim();
        return Stream.of(values()).filter(c -> c.id.equals(wanted)).findFirst();
    }

    /** Every check's id in run order: the allowed values of {@code checks.run}. */
    public static List<String> ids() {
        return Stream.of(values()).map(CheckKind::id).toList();
    }
}
