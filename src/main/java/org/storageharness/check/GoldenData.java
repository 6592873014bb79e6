package org.storageharness.check;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.storageharness.fio.FioFailure;
import org.storageharness.suite.WorkloadSpec;

/**
 * The data-integrity primitive: a complete golden data set written once with a per-generation pattern that embeds
 * each block's offset ({@code verify=pattern}, {@code verify_pattern=0x<generation>%o}), made durable with
 * {@code end_fsync}, and verified later by a read-only pass. Checksums alone would pass stale blocks from another
 * run; the generation in the pattern does not (fio.md §4.4, fio 3.33).
 *
 * @param generation distinguishes this data set from any other fio ever wrote there
 * @param sizeBytes the whole data set is written, so a later verify covers every block
 */
public record GoldenData(int generation, long sizeBytes) {

    private static final String BLOCK = "64k";

    public GoldenData {
        if (sizeBytes <= 0 || sizeBytes % (64 * 1024) != 0) {
            throw new IllegalArgumentException("golden data size must be a positive multiple of 64 KiB");
        }
    }

    /** Writes the whole data set sequentially and flushes it. */
    public WorkloadSpec seed() {
        Map<String, String> o = common();
        o.put("rw", "write");
        o.put("do_verify", "0");
        o.put("end_fsync", "1");
        return new WorkloadSpec("golden-seed-" + hex(), "golden data, generation " + hex(), o, null, null);
    }

    /** Reads every block back and checks the pattern; opens the file read-only, so it works on snapshots too. */
    public WorkloadSpec verify() {
        Map<String, String> o = common();
        o.put("rw", "read");
        return new WorkloadSpec("golden-verify-" + hex(), "verify golden data, generation " + hex(), o, null, null);
    }

    /**
     * A {@code Data mismatch:} message when {@code failure} is fio's verification failure (the data read back is not
     * generation {@link #generation()}: corrupt, zeroed, misplaced or stale), else empty (an infrastructure failure).
     */
    public Optional<String> mismatch(String where, FioFailure failure) {
        if (!failure.isVerificationFailure() && !failure.getMessage().contains("verify")
                && !failure.getMessage().contains("pattern")) {
            return Optional.empty();
        }
        return Optional.of("Data mismatch: " + where + " expected golden data of generation [" + hex()
                + "] but fio's verification failed; " + failure.getMessage());
    }

    private Map<String, String> common() {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("ioengine", "psync");
        o.put("bs", BLOCK);
        o.put("size", Long.toString(sizeBytes));
        o.put("verify", "pattern");
        o.put("verify_pattern", "0x" + hex() + "%o");
        o.put("verify_state_save", "0");
        o.put("lat_percentiles", "0");
        return o;
    }

    /** The generation as fio's verify pattern prints it ({@code 0000002a}). */
    public String id() {
        return hex();
    }

    private String hex() {
        return String.format(Locale.ROOT, "%08x", generation);
    }
}
