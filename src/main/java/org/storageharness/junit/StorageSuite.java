package org.storageharness.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that runs the suite chosen with {@code -Dsuite}; test methods may take a {@code RunSession}. With
 * {@code -Dplan=true} the class does not run: the {@link StoragePlan} class makes the plan instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({SessionParameter.class, PlanGate.class})
public @interface StorageSuite {
}
