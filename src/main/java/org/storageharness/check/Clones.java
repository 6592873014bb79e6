package org.storageharness.check;

/** Clones a check's volumes: a new claim whose {@code dataSource} is another claim of the lab. */
public interface Clones {

    /**
     * A new volume cloned from {@code source}, requesting the source's size. It is provisioned as the engine does it
     * (at once, or when its first pod is scheduled); the lab removes it before its source.
     */
    Volumes.Volume cloneOf(String role, Volumes.Volume source);
}
