package org.storageharness.platform.kube.pods;

/**
 * The shell guard a node-baseline pod runs before fio writes to a raw device of its node: the local target's rules
 * ({@code platform.local.BlockDeviceGuard}), checked inside the pod with the tools a busybox fio image has
 * ({@code stat, cat, dd, od, cut, grep, tr, readlink, ls, sort}).
 *
 * <p>It refuses (one line {@link #REFUSED}{@code <reason>} per reason, then exit code {@link #EXIT}) when the device
 * is not a block device; is mounted, itself or a partition (the host's mounts are read from {@code /proc/1/mountinfo},
 * which is why the pod shares the host's PID namespace); is used as swap; is held by device-mapper, LVM, md or bcache
 * (sysfs {@code holders}); has partitions; or carries a signature: a partition table or boot sector, ext2/3/4, XFS,
 * btrfs, swap, an LVM2 physical volume, an md RAID 1.1/1.2 superblock, Ceph BlueStore, a ZFS label (uberblock magic
 * in the first label's ring), DRBD internal meta-data (its last 4 KiB), and anything util-linux {@code blkid -p}
 * finds where the image has it. A missing tool or a file it cannot read refuses too: the guard fails closed.
 */
public final class NodeGuard {

    /** The start of each refusal line in the pod's log. */
    public static final String REFUSED = "storage-harness refused: ";
    /** The pod's exit code when the guard refuses. */
    public static final int EXIT = 94;
    /** Env: the device's path on the node (for messages) and the node's name. */
    public static final String ENV_DEVICE = "NODE_DEVICE";
    public static final String ENV_NODE = "NODE_NAME";

    public static final String SCRIPT = String.join("\n",
            "r=''",
            "no() { r=\"$r$1\n\"; }",
            "for t in stat cat dd od cut grep tr readlink ls sort; do",
            "  command -v $t >/dev/null 2>&1 || no \"the fio image has no [$t], which the device guard needs; use an"
                    + " image with busybox or coreutils\"",
            "done",
            "d=\"$TARGET\"; dev=\"device [$NODE_DEVICE] of node [$NODE_NAME]\"",
            "if [ -n \"$r\" ]; then :",
            "elif [ ! -b \"$d\" ]; then no \"$dev is not a block device\"",
            "else",
            "  mm=$(stat -L -c '%t:%T' \"$d\"); maj=$((0x${mm%%:*})); min=$((0x${mm##*:}))",
            "  s=/sys/dev/block/$maj:$min; name=$(readlink -f \"$s\"); name=${name##*/}",
            "  [ -d \"$s\" ] || no \"cannot read [$s] to see whether $dev is in use\"",
            "  devs=\"$maj:$min=$name\"",
            "  for p in \"$s\"/*/partition; do",
            "    [ -f \"$p\" ] || continue; q=${p%/partition}; devs=\"$devs $(cat \"$q/dev\")=${q##*/}\"",
            "    no \"$dev has partition [${q##*/}]; it is in use or holds data\"",
            "  done",
            "  for m in /proc/1/mountinfo /proc/self/mountinfo; do",
            "    [ -r \"$m\" ] || no \"cannot read [$m] to see whether $dev is mounted (the pod needs hostPID)\"",
            "  done",
            "  for x in $devs; do",
            "    n=${x%%=*}; k=${x#*=}",
            "    at=$(cat /proc/1/mountinfo /proc/self/mountinfo 2>/dev/null | grep -E \"^[0-9]+ [0-9]+ $n \""
                    + " | cut -d' ' -f5 | sort -u | tr '\\n' ' ')",
            "    [ -z \"$at\" ] || no \"[/dev/$k] is mounted at [${at% }]; unmount it first\"",
            "    grep -q \"^/dev/$k \" /proc/swaps 2>/dev/null && no \"[/dev/$k] is in use as swap\"",
            "    h=$(ls /sys/dev/block/$n/holders 2>/dev/null | tr '\\n' ' ')",
            "    [ -z \"$h\" ] || no \"[/dev/$k] is held by [${h% }] (device-mapper, LVM, md or bcache)\"",
            "  done",
            "  hex() { dd if=\"$d\" bs=1 skip=$1 count=$2 2>/dev/null | od -An -v -tx1 | tr -d ' \\n'; }",
            "  sig() { [ \"$(hex $1 $2)\" = \"$3\" ] && no \"$dev holds data ($4 signature at byte $1)\"; }",
            "  sig 510 2 55aa 'a partition table or boot sector'",
            "  sig 512 8 4546492050415254 'a GPT partition table'",
            "  sig 4096 8 4546492050415254 'a GPT partition table'",
            "  sig 1080 2 53ef 'an ext2/3/4 filesystem'",
            "  sig 0 4 58465342 'an XFS filesystem'",
            "  sig 65600 8 5f42485266535f4d 'a btrfs filesystem'",
            "  sig 4086 10 53574150535041434532 'a swap area'",
            "  for o in 0 512 1024 1536; do sig $o 8 4c4142454c4f4e45 'an LVM2 physical volume'; done",
            "  sig 0 4 fc4e2ba9 'an md RAID superblock'",
            "  sig 4096 4 fc4e2ba9 'an md RAID superblock'",
            "  sig 0 10 626c756573746f726520 'a Ceph BlueStore'",
            "  dd if=\"$d\" bs=1024 skip=128 count=128 2>/dev/null | od -An -v -tx1 -w1024 | cut -c2-12"
                    + " | grep -qE '^(0c b1 ba 00|00 ba b1 0c)$' && no \"$dev holds data (a ZFS label)\"",
            "  z=$(cat \"$s/size\" 2>/dev/null); if [ -n \"$z\" ] && [ \"$z\" -ge 8 ]; then",
            "    t=$(dd if=\"$d\" bs=4096 skip=$((z / 8 - 1)) count=1 2>/dev/null | od -An -v -N4 -tx1 | tr -d ' \\n')",
            "    case \"$t\" in 8374026[bcd]) no \"$dev holds data (DRBD meta-data in its last 4 KiB)\" ;; esac",
            "  else no \"cannot read the size of $dev from [$s/size]\"; fi",
            "  if blkid -V 2>&1 | grep -q util-linux; then",
            "    b=$(blkid -p -o export \"$d\" 2>&1); c=$?",
            "    [ $c -eq 2 ] || no \"$dev holds data (blkid -p: $(echo \"$b\" | grep -E '^(TYPE|PTTYPE|USAGE)='"
                    + " | tr '\\n' ' ' | sed 's/ $//')$([ $c -eq 0 ] || echo \", exit $c\"))\"",
            "  fi",
            "fi",
            "if [ -n \"$r\" ]; then",
            "  printf '%s' \"$r\" | while IFS= read -r l; do echo \"" + REFUSED + "$l\"; done",
            "  echo \"" + REFUSED + "nothing was written; if the device is really meant for benchmarking, wipe it"
                    + " yourself (wipefs -a $NODE_DEVICE on node $NODE_NAME)\"",
            "  exit " + EXIT,
            "fi");

    private NodeGuard() {
    }
}
