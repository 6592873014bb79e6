package org.storageharness.platform.kube.pods;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.storageharness.fio.FioVersion;
import org.storageharness.suite.ConfigurationException;

/**
 * The fio that the image's pods run, as their script reports it ({@link FioPodContract#VERSION_PREFIX}): written into
 * the run's facts for the report, and refused when the harness cannot read its output. Called with every fio pod's
 * log before the log is judged.
 */
public final class PodFioVersion {

    /** The fact's key; the local target reports the host's fio under the same key. */
    public static final String FACT = "fio";

    private final String image;
    private final Map<String, String> facts;

    /** @param facts the run's facts (the target's own map, which the report reads at the end) */
    public PodFioVersion(String image, Map<String, String> facts) {
        this.image = image;
        this.facts = facts;
    }

    /**
     * Records the version the pod's log reports (every distinct one, should nodes run different builds of a tag).
     *
     * @throws ConfigurationException when it is older than fio 3
     */
    public void check(FioLog log) {
        if (log.fioVersion().isEmpty()) {
            return;
        }
        Optional<FioVersion> version = FioVersion.parse(log.fioVersion());
        String fact = version.map(FioVersion::text).orElse("unknown (fio --version printed [" + log.fioVersion() + "])");
        facts.merge(FACT, fact, (seen, now) -> Arrays.asList(seen.split(", ")).contains(now) ? seen : seen + ", " + now);
        if (version.isPresent() && !version.get().readable()) {
            throw new ConfigurationException("fio image [" + image + "] runs " + version.get().text() + ", but the"
                    + " harness reads the output of fio " + FioVersion.FIRST_READABLE_MAJOR + " or newer; choose an"
                    + " image with fio 3: -Dfio.image=IMAGE or [kubernetes.fioImage] in the suite");
        }
    }
}
