package org.storageharness.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.storageharness.suite.CheckKind;

/**
 * The suite's engines for the correctness check {@link #value()}, when the suite's {@code checks.run} lists it; none
 * otherwise (the check's cases then do not appear).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ArgumentsSource(CheckEngineArguments.class)
public @interface EnginesForCheck {

    /** The check. */
    CheckKind value();
}
