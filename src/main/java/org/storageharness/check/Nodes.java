package org.storageharness.check;

import java.util.List;

/** The nodes a check may place pods on or move a volume to. */
public interface Nodes {

    /** Ready, schedulable nodes, sorted. */
    List<String> readyNodes();
}
