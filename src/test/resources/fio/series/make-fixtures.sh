#!/bin/sh
# Writes the windowed logs of three-jobs.fio (fio 3.33) into this folder. fio logs a run's last window into every
# lat log but into the iops logs of only some jobs; run it again until one case_iops.N.log has a row fewer than the
# others (the committed logs show it for job 1), as CaseSeriesTest relies on that.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
TARGET="$work/data" SCRATCH="$work" fio --output-format=json --output="$work/out.json" "$here/three-jobs.fio"
cp "$work"/case_iops.*.log "$work"/case_lat.*.log "$here"/
fio --version > "$here/fio-version.txt"
wc -l "$here"/case_iops.*.log
