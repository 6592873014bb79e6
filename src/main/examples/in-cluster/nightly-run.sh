#!/bin/sh
# One nightly harness run in a pod (the command of cronjob.yaml and record-baseline-job.yaml). Every argument goes
# to `mvn verify`. The exit status is mvn's, so the Job fails on a threshold violation, a regression or a broken
# case, and not on skipped cases.
#
# Kept on the volume at $STATE_DIR (default /state) between runs:
#   allure-history/        Allure's trend data: copied in before the run, copied out of the new report after it
#   baselines/             baseline files; the project's baselines/ folder links here, so -Dbaseline=baselines/x.json
#                          reads it and -Dbaseline.update=true writes it in place (the old one kept as x.json.<time>.bak)
#   results/<run id>.json  every run's results record (compare two with exec:java, see ../README.md)
#   reports/<run id>/      the Allure report and summary of the last $KEEP_REPORTS runs (default 14)
#
# POSIX sh on purpose: the image's /bin/sh is dash.
set -u

home=${HARNESS_HOME:-/opt/storage-harness}
state=${STATE_DIR:-/state}
keep=${KEEP_REPORTS:-14}

say() {
    echo "[nightly] $*"
}

cd "$home" || exit 2
mkdir -p "$state/allure-history" "$state/baselines" "$state/results" "$state/reports" || exit 2
rm -rf .allure-history baselines
cp -R "$state/allure-history" .allure-history || exit 2
ln -s "$state/baselines" baselines || exit 2

# A run that records a baseline keeps the previous files next to the new ones.
case " $* " in
    *" -Dbaseline.update=true "*)
        stamp=$(date -u +%Y%m%dT%H%M%SZ)
        for file in "$state"/baselines/*.json; do
            if [ -f "$file" ]; then
                cp -p "$file" "$file.$stamp.bak"
                say "previous baseline kept as $file.$stamp.bak"
            fi
        done
        ;;
esac

# As PID 1 the shell would ignore SIGTERM (sent when the Job hits activeDeadlineSeconds or the pod is deleted), and
# Maven on SIGTERM lets its forked test JVM finish the current case. The forked JVM (surefirebooter) holds the run
# and deletes the run's pods, PVCs and namespace in its shutdown hook, so the signal goes straight to it.
# terminationGracePeriodSeconds in the pod spec must cover that cleanup.
stop_run() {
    say "stop requested: the harness removes what it created in the cluster, then the state is saved"
    for proc in /proc/[0-9]*; do
        # [b] keeps this pattern from matching the grep's own command line.
        if grep -qs 'surefire[b]ooter' "$proc/cmdline"; then
            kill -TERM "${proc#/proc/}" 2>/dev/null
        fi
    done
}
trap stop_run TERM INT

# Offline: the image carries every artifact, so a night without Maven Central still runs.
mvn -o -B -ntp verify "$@" &
mvn_pid=$!
status=
while [ -z "$status" ]; do
    wait "$mvn_pid"
    rc=$?
    # wait also returns when a trapped signal arrives; go on waiting while Maven still runs.
    if ! kill -0 "$mvn_pid" 2>/dev/null; then
        status=$rc
    fi
done
trap - TERM INT

# The build copies Allure history into .allure-history before it writes the new report (same phase, earlier
# plugin), so the trend of this run is taken from the report itself.
if [ -d target/site/allure-maven-plugin/history ]; then
    rm -rf "$state/allure-history"
    cp -R target/site/allure-maven-plugin/history "$state/allure-history"
fi

results=target/storage-harness/results.json
if [ -f "$results" ]; then
    run_id=$(sed -n 's/^ *"runId" *: *"\([^"]*\)".*/\1/p' "$results" | head -n 1)
    run_id=${run_id:-$(date -u +%Y%m%d-%H%M%S)}
    cp "$results" "$state/results/$run_id.json"
    mkdir -p "$state/reports/$run_id"
    cp -R target/storage-harness/. "$state/reports/$run_id/"
    if [ -d target/site/allure-maven-plugin ]; then
        cp -R target/site/allure-maven-plugin "$state/reports/$run_id/allure"
    fi
    say "results of run $run_id saved in $state/results and $state/reports/$run_id"
    # Run ids sort by time; keep the newest $keep reports (results records are small and kept for good).
    ls -1 "$state/reports" | sort | head -n "-$keep" | while read -r old; do
        rm -rf "${state:?}/reports/$old"
    done
else
    say "no results record: the run stopped before writing one (see the log above)"
fi

say "mvn exit status $status"
exit "$status"
