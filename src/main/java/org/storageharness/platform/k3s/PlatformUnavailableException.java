package org.storageharness.platform.k3s;

/**
 * The cluster a target needs cannot be had (no Docker engine, K3s did not start, its add-ons never became ready): an
 * infrastructure problem, so the message starts with {@code Cluster unavailable:}.
 */
public class PlatformUnavailableException extends RuntimeException {

    static final String PREFIX = "Cluster unavailable: ";

    /** @param detail what is missing, with values in brackets and how to fix it; the prefix is added here */
    public PlatformUnavailableException(String detail) {
        super(PREFIX + detail);
    }

    /** @param cause the failure underneath; its message is not repeated, so {@code detail} should summarise it */
    public PlatformUnavailableException(String detail, Throwable cause) {
        super(PREFIX + detail, cause);
    }

    /** The target [k3s] was chosen on a machine where no Docker engine answers. */
    public static PlatformUnavailableException noDocker(String reason) {
        return new PlatformUnavailableException("target [k3s] needs a Docker engine, none found [" + reason + "]; start"
                + " Docker (or point DOCKER_HOST at one), or run with -Dtarget=local, or -Dtarget=kubeconfig"
                + " -Dkubeconfig=FILE -Dcontext=NAME for a real cluster");
    }
}
