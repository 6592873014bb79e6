package org.storageharness.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.fio.FioFailure;
import org.storageharness.fio.FioRunner;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.LocalVolume;
import org.storageharness.platform.local.LocalPlatform;
import org.storageharness.testing.RequiresFio;
import org.storageharness.fio.Direction;

/** The integrity primitive with real fio on a local directory: it passes on intact data and fails on planted faults. */
@RequiresFio
class GoldenDataTest {

    @TempDir
    Path dir;
    private FioRunner fio;
    private LocalPlatform target;
    private EngineSpec engine;

    @BeforeEach
    void start() {
        fio = new FioRunner("fio");
        target = new LocalPlatform(fio, "g");
        engine = new EngineSpec("e", "generic", "", LocalVolume.directory(dir.resolve("vol")), null);
        dir.resolve("vol").toFile().mkdirs();
    }

    @AfterEach
    void stop() {
        target.close();
        fio.close();
    }

    private final GoldenData one = new GoldenData(1, 8L << 20);

    @Test
    void intactDataVerifies() throws Exception {
        target.run(engine, one.seed(), dir.resolve("seed"));

        var verified = target.run(engine, one.verify(), dir.resolve("verify"));

        assertThat(verified.report().groups().get(0).direction(Direction.READ).ioBytes())
                .isEqualTo(8L << 20);
    }

    @Test
    void staleDataOfAnotherGenerationIsAMismatch() throws Exception {
        target.run(engine, one.seed(), dir.resolve("seed"));
        target.run(engine, new GoldenData(2, 8L << 20).seed(), dir.resolve("overwrite"));

        FioFailure failure = catchThrowableOfType(FioFailure.class,
                () -> target.run(engine, one.verify(), dir.resolve("verify")));

        assertThat(one.mismatch("e · golden", failure)).hasValueSatisfying(m -> assertThat(m)
                .startsWith("Data mismatch: e · golden expected golden data of generation [00000001]"));
    }

    @Test
    void aCorruptedBlockIsAMismatch() throws Exception {
        target.run(engine, one.seed(), dir.resolve("seed"));
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("vol/storage-harness-g.fio").toFile(), "rw")) {
            f.seek((3L << 20) + 1000);
            f.write(0x5a ^ f.read());
        }

        FioFailure failure = catchThrowableOfType(FioFailure.class,
                () -> target.run(engine, one.verify(), dir.resolve("verify")));

        assertThat(one.mismatch("e · golden", failure)).isPresent();
    }

    @Test
    void aFioFailureThatIsNotAboutTheDataIsNotAMismatch() {
        FioFailure noSuchEngine = new FioFailure("fio failed", 1, null, "fio: engine nope not loadable");

        assertThat(one.mismatch("e", noSuchEngine)).isEmpty();
    }
}
