package org.storageharness.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks the test class that makes the plan of the suite chosen with {@code -Dsuite}: with {@code -Dplan=true}, instead
 * of every {@link StorageSuite} class. Test methods may take the {@code RunSettings}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(SessionParameter.class)
public @interface StoragePlan {
}
