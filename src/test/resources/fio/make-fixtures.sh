#!/usr/bin/env bash
# Regenerates the real fio outputs in this folder (the parser tests read them). Needs root (mounts a ramfs and a
# small tmpfs) and fio; every mount and temp file it makes is removed on exit. Run from this folder:
#   sudo ./make-fixtures.sh
set -euo pipefail
out=$(pwd)
scratch=$(mktemp -d /tmp/fio-fixtures.XXXXXX)
cleanup() {
  umount "$scratch/ramfs" 2>/dev/null || true
  umount "$scratch/tiny" 2>/dev/null || true
  rm -rf "$scratch"
}
trap cleanup EXIT
mkdir -p "$scratch/disk" "$scratch/ramfs" "$scratch/tiny"
fio --version > fio-version.txt

# run NAME OUTPUT-FILE fio-args...: runs fio, records its exit code (NAME.rc) and stderr (NAME.stderr.txt if any).
run() {
  local name=$1 output=$2; shift 2
  local rc=0
  fio --eta=never --output="$out/$output" "$@" 2> "$out/$name.stderr.txt" || rc=$?
  echo "$rc" > "$out/$name.rc"
  [ -s "$out/$name.stderr.txt" ] || rm -f "$out/$name.stderr.txt"
}

d=$scratch/disk
# Experiment 1 shortened: 8 clones on one file, json+, total-latency percentiles; without and with group_reporting.
exp1=(--name=benchtest --size=64m --filename=$d/test --direct=1 --rw=randrw --ioengine=libaio --bs=4k --iodepth=16
      --numjobs=8 --time_based --runtime=2 --lat_percentiles=1 --output-format=json+)
run randrw-4k-qd16x8 randrw-4k-qd16x8.jsonplus.json "${exp1[@]}"
run randrw-4k-qd16x8.group_reporting randrw-4k-qd16x8.group_reporting.jsonplus.json "${exp1[@]}" --group_reporting

# Experiment 3 shortened: three stonewalled groups with group_reporting.
TARGET=$d/c run qd64-3groups qd64-3groups.group_reporting.jsonplus.json qd64-3groups.fio --output-format=json+

# One direction only: the read side has N=0 and no percentile/bins keys.
run randwrite-only randwrite-only.jsonplus.json --name=w --filename=$d/w --size=16m --rw=randwrite --bs=4k \
    --iodepth=4 --ioengine=libaio --direct=1 --time_based --runtime=1 --output-format=json+

# O_DIRECT on ramfs: EINVAL (error 22), rc 1, JSON still written.
mount -t ramfs ramfs "$scratch/ramfs"
run err-odirect-ramfs err-odirect-ramfs.json --name=odirect --filename=$scratch/ramfs/f --size=4m --rw=write \
    --bs=4k --direct=1 --output-format=json

# ENOSPC: 2 jobs x 16 MiB into an 8 MiB tmpfs: error 28 in both, rc 2.
mount -t tmpfs -o size=8m tmpfs "$scratch/tiny"
run err-enospc-2jobs err-enospc-2jobs.json --name=fill --directory=$scratch/tiny --size=16m --rw=write --bs=64k \
    --numjobs=2 --output-format=json

# Verify: a golden file, one corrupted byte -> error 84, rc 1.
golden=(--name=vjob --filename=$d/vdata --size=16m --bs=4k --rw=randwrite --ioengine=libaio --iodepth=16 --direct=1
        --verify=crc32c --randrepeat=1 --verify_state_save=0)
fio "${golden[@]}" --do_verify=0 --end_fsync=1 --output=/dev/null
printf 'X' | dd of=$d/vdata bs=1 seek=$((4*1024*1024+1000)) conv=notrunc status=none
run err-verify-corrupt err-verify-corrupt.json "${golden[@]}" --verify_only --output-format=json

# Three corrupted blocks verified with continue_on_error=verify: total_err 3 but rc 0.
for off in $((8*1024*1024+10)) $((12*1024*1024+10)); do
  printf 'X' | dd of=$d/vdata bs=1 seek=$off conv=notrunc status=none
done
run err-verify-continue_on_error err-verify-continue_on_error.json "${golden[@]}" --verify_only \
    --continue_on_error=verify --output-format=json

# Two verifying writers on one file: fio writes a warning INTO the --output file before the JSON.
run warn-prefix-multiple-writers warn-prefix-multiple-writers.json.txt --name=mw --filename=$d/mw --size=8m \
    --bs=4k --rw=randwrite --numjobs=2 --verify=crc32c --verify_state_save=0 --output-format=json

# SIGTERM after 1.5 s: "fio: terminating on signal 15" before the JSON, rc 128 (per fio.md; recorded as observed).
fio --eta=never --output="$out/sigterm-prefix.json.txt" --name=term --filename=$d/term --size=16m --rw=randread \
    --bs=4k --time_based --runtime=10 --output-format=json 2> "$out/sigterm-prefix.stderr.txt" &
pid=$!
sleep 1.5
kill -TERM $pid
rc=0; wait $pid || rc=$?
echo "$rc" > sigterm-prefix.rc
[ -s sigterm-prefix.stderr.txt ] || rm -f sigterm-prefix.stderr.txt

# --status-interval: several complete JSON documents in one file.
run status-interval status-interval.json.txt --name=st --filename=$d/st --size=16m --rw=randread --bs=4k \
    --time_based --runtime=3 --status-interval=1 --output-format=json

# No JSON at all: size below the block size, and an unknown ioengine.
run err-size-too-small err-size-too-small.json --name=small --filename=$d/small --size=1k --bs=4k --rw=write
run err-unknown-engine err-unknown-engine.json --name=eng --filename=$d/eng --size=1m --ioengine=nosuch
rm -f err-size-too-small.json err-unknown-engine.json
echo "fixtures written to $out"
