#!/usr/bin/env bash
# Regenerates the fio logs of an I/O stall in this folder (IoTimelineTest and IopsSeriesTest read them). Runs the
# failover writer (failover-writer.fio = FailoverWriterJob.after(8 MiB, 8 MiB, 5 s).render()) twice for 5 s:
#   sigstop.*   every fio process (parent and job processes) frozen with SIGSTOP for 1.5 s, 1.7 s after the start
#   fsfreeze.*  the ext4 filesystem holding the target frozen with fsfreeze for 1.5 s, 1.7 s after the start (a stall
#               of the storage; fio keeps running). Needs root (loop mount); skipped with a message otherwise.
# Each run leaves NAME.load_iops.1.log, NAME.canary_lat.2.log (fio's files, renamed), NAME.json (fio's report),
# NAME.rc (fio's exit code) and NAME.freeze.txt ("<ms before the freeze began> <ms after it ended>", epoch ms).
# Run from this folder:  sudo ./make-fixtures.sh
set -euo pipefail
out=$(pwd)
scratch=$(mktemp -d /tmp/fio-stall.XXXXXX)
cleanup() {
  fsfreeze -u "$scratch/mnt" 2>/dev/null || true
  umount "$scratch/mnt" 2>/dev/null || true
  rm -rf "$scratch"
}
trap cleanup EXIT
fio --version > fio-version.txt
epoch_ms() { date +%s%3N; }

# run NAME TARGET FREEZE-CMD THAW-CMD: the writer on TARGET (8 MiB of golden bytes before its region), frozen 1.7 s
# after the start for 1.5 s by FREEZE-CMD/THAW-CMD (evaluated, so they can name $pids); keeps the logs; checks that
# the golden bytes are unchanged.
run() {
  local name=$1 target=$2 freeze=$3 thaw=$4 logs=$scratch/logs-$1 rc=0
  mkdir -p "$logs"
  head -c 8M /dev/urandom > "$target"
  local golden; golden=$(head -c 8M "$target" | md5sum)
  TARGET=$target SCRATCH=$logs fio --eta=never --output-format=json --output="$out/$name.json" \
      failover-writer.fio &
  local fio=$!
  sleep 1.7
  pids="$fio $(pgrep -P "$fio" | tr '\n' ' ')"
  local from; from=$(epoch_ms)
  eval "$freeze"
  sleep 1.5
  eval "$thaw"
  local to; to=$(epoch_ms)
  wait "$fio" || rc=$?
  echo "$rc" > "$out/$name.rc"
  echo "$from $to" > "$out/$name.freeze.txt"
  cp "$logs/load_iops.1.log" "$out/$name.load_iops.1.log"
  cp "$logs/canary_lat.2.log" "$out/$name.canary_lat.2.log"
  [ "$(head -c 8M "$target" | md5sum)" = "$golden" ] || { echo "$name: golden bytes changed" >&2; exit 1; }
}

run sigstop "$scratch/target" 'kill -STOP $pids' 'kill -CONT $pids'

if [ "$(id -u)" -eq 0 ]; then
  mkdir "$scratch/mnt"
  truncate -s 64M "$scratch/ext4.img"
  mkfs.ext4 -q "$scratch/ext4.img"
  mount -o loop "$scratch/ext4.img" "$scratch/mnt"
  run fsfreeze "$scratch/mnt/target" "fsfreeze -f $scratch/mnt" "fsfreeze -u $scratch/mnt"
else
  echo "not root: fsfreeze.* not regenerated (needs a loop mount)" >&2
fi
echo "fixtures written to $out"
