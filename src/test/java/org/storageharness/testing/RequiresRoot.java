package org.storageharness.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test mounts filesystems or attaches loop devices; it is skipped with that reason when not run as root
 * (CI and our machines run as root).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RootAvailable.class)
public @interface RequiresRoot {
}
