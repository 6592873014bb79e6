package org.storageharness.suite.load;

/**
 * What a file under {@code suites/} is for, so that a message about a bad one can say what belongs in it and where
 * else to turn.
 *
 * @param noun what the file is ({@code suite file})
 * @param content what a good file of this kind holds
 * @param elsewhere the way out when this file cannot be fixed on the spot
 */
record FileKind(String noun, String content, String elsewhere) {

    static final FileKind SUITE = new FileKind("suite file",
            "a YAML mapping with at least [engines] and [workloads] (see suites/smoke.yaml)",
            "choose another suite with -Dsuite=NAME");

    static final FileKind ENGINE_CATALOG = new FileKind("catalog file", "the YAML mapping [kinds] of engine kinds",
            "restore the shipped catalog with git checkout -- suites/catalog");

    static final FileKind WORKLOAD_CATALOG = new FileKind("catalog file", "the YAML mapping [workloads] of workloads",
            "restore the shipped catalog with git checkout -- suites/catalog");

    static final FileKind JOB_FILE = new FileKind("fio job file",
            "a fio job ([global] options and one [section] per job)",
            "point the workload's [jobFile] at another file under suites/");
}
