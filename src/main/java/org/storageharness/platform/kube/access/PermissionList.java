package org.storageharness.platform.kube.access;

import java.util.ArrayList;
import java.util.List;

/**
 * The permissions of a run as they are found, one per request: a request two code paths make is listed once, required
 * when either needs it, with both purposes.
 */
final class PermissionList {

    private final List<Permission> permissions = new ArrayList<>();
    private final boolean ownNamespace;

    /** @param ownNamespace true when the run creates its namespace (which tier-0 file grants the core rights) */
    PermissionList(boolean ownNamespace) {
        this.ownNamespace = ownNamespace;
    }

    /** Adds {@code verbs} on {@code resource} (any object) in {@code namespace} (null: cluster-wide). */
    void add(Need need, String namespace, String resource, String... verbs) {
        for (String verb : verbs) {
            add(new Permission(verb, resource, namespace, null, need.tier().file(ownNamespace), need.required(),
                    need.purpose()));
        }
    }

    /** Adds {@code verb} on the one object {@code name}. */
    void addNamed(Need need, String namespace, String resource, String name, String verb) {
        add(new Permission(verb, resource, namespace, name, need.tier().file(ownNamespace), need.required(),
                need.purpose()));
    }

    private void add(Permission permission) {
        for (int i = 0; i < permissions.size(); i++) {
            Permission known = permissions.get(i);
            if (known.sameRequest(permission)) {
                permissions.set(i, merged(known, permission));
                return;
            }
        }
        permissions.add(permission);
    }

    private static Permission merged(Permission known, Permission more) {
        String purpose = known.purpose().contains(more.purpose()) ? known.purpose()
                : known.purpose() + "; " + more.purpose();
        return new Permission(known.verb(), known.resource(), known.namespace(), known.name(), known.grantedBy(),
                known.required() || more.required(), purpose);
    }

    List<Permission> list() {
        return List.copyOf(permissions);
    }

    /**
     * Why a group of permissions is needed.
     *
     * @param tier the RBAC tier whose example file grants it
     * @param required false when the run goes ahead without it, losing only what {@code purpose} says
     * @param purpose what the run does with it
     */
    record Need(Tier tier, boolean required, String purpose) {

        static Need core(String purpose) {
            return new Need(Tier.CORE, true, purpose);
        }

        static Need optional(Tier tier, String purpose) {
            return new Need(tier, false, purpose);
        }
    }
}
