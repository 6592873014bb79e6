package org.storageharness.check;

import java.time.Duration;
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
 * @param offset where the data set starts in its file or device (a multiple of 64 KiB; 0: at the start)
 * @param file fio's {@code filename} when not the volume's data file or device ({@code ${TARGET}}); null: that one
 */
public record GoldenData(int generation, long sizeBytes, long offset, String file) {

    private static final String BLOCK = "64k";
    private static final long UNIT = 64 * 1024;

    public GoldenData {
        if (sizeBytes <= 0 || sizeBytes % UNIT != 0) {
            throw new IllegalArgumentException("golden data size must be a positive multiple of 64 KiB");
        }
        if (offset < 0 || offset % UNIT != 0) {
            throw new IllegalArgumentException("golden data offset must be a multiple of 64 KiB");
        }
    }

    /** A data set at the start of the volume's data file or device. */
    public GoldenData(int generation, long sizeBytes) {
        this(generation, sizeBytes, 0, null);
    }

    /** {@code bytes} rounded up to the next multiple of 64 KiB: a size or offset a data set may have. */
    public static long blocks(long bytes) {
        return (bytes + UNIT - 1) / UNIT * UNIT;
    }

    /**
     * Reads the data set over and over, verifying it, for {@code runtime} at about 4 MiB/s: a pod that keeps using the
     * volume while something happens to it (a resize).
     */
    public WorkloadSpec reader(Duration runtime) {
        Map<String, String> o = common();
        o.put("rw", "read");
        o.put("time_based", "1");
        o.put("runtime", Math.max(1, runtime.toSeconds()) + "s");
        o.put("rate", "4m");
        return new WorkloadSpec("golden-reader-" + hex(), "read golden data " + hex() + " while the volume changes", o,
                null, null);
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
        if (file != null) {
            o.put("filename", file);
        }
        if (offset > 0) {
            o.put("offset", Long.toString(offset));
        }
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
