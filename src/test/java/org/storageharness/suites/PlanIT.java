package org.storageharness.suites;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.storageharness.junit.PlanTests;
import org.storageharness.junit.StoragePlan;
import org.storageharness.settings.RunSettings;

/** With {@code -Dplan=true}: what the suite chosen with {@code -Dsuite} would do, create and need, changing nothing. */
@StoragePlan
class PlanIT {

    @TestFactory
    Stream<DynamicTest> plan(RunSettings settings) {
        return PlanTests.plan(settings);
    }
}
