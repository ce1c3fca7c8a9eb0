#!/bin/sh
# kernel/check.sh - `make kernel-check`: boots kernel/kernel.elf on QEMU with RFFS images of the
# kernel's test programs and checks the UART output and QEMU's exit status of each scenario.
# Run from hypervisor/guest (the Makefile does). Needs node (mkfs.ts builds the images).
# The full set of assertions is test/hypervisor/guest/kernel-qemu.test.ts; this is the quick
# smoke run for people working on the C code.
set -u
QEMU=${QEMU:-qemu-system-riscv32}
TIMEOUT=${TIMEOUT:-10}
T=kernel/testprog
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
FAILED=0

mkimg() { # mkimg NAME file-args...
  name=$1; shift
  npx --no-install tsx mkfs.ts "$WORK/$name.img" "$@" || { echo "FAIL $name: mkfs"; exit 1; }
}

boot() { # boot IMG|none [SMP] -> output on stdout, status in $STATUS
  disk=""
  [ "$1" != none ] && disk="-global virtio-mmio.force-legacy=false -drive file=$1,if=none,format=raw,id=d0 -device virtio-blk-device,drive=d0,bus=virtio-mmio-bus.0"
  # shellcheck disable=SC2086
  OUT=$(printf 'typed line\n' | timeout "$TIMEOUT" "$QEMU" -M virt -bios none -m 128M -smp "${2:-1}" \
    -display none -serial stdio -monitor none -no-reboot $disk -kernel kernel/kernel.elf) && STATUS=0 || STATUS=$?
}

expect() { # expect NAME IMG|none WANT_STATUS 'text that must appear' [SMP]
  boot "$2" "${5:-1}"
  if [ "$STATUS" = "$3" ] && printf '%s\n' "$OUT" | grep -qF -- "$4"; then
    echo "ok   $1: status $STATUS"
  else
    echo "FAIL $1: status $STATUS (want $3), wanted '$4' in:"; printf '%s\n' "$OUT" | sed 's/^/     /'
    FAILED=1
  fi
}

printf 'Hello, RFFS!\n' > "$WORK/motd"
mkimg hello init=$T/hello.elf:x
mkimg exit init=$T/exitcode.elf:x
mkimg errors init=$T/errors.elf:x hello=$T/hello.elf:x motd="$WORK/motd" notelf="$WORK/motd":x
mkimg faults init=$T/faults.elf:x crash=$T/crash.elf:x
mkimg spin init=$T/spin.elf:x spin=$T/spin.elf:x
mkimg mem init=$T/memprog.elf:x
mkimg time init=$T/timeprog.elf:x
mkimg cat init=$T/cat.elf:x
mkimg noinit hello=$T/hello.elf:x
mkimg hog init=$T/hog.elf:x hog=$T/hog.elf:x
mkimg bomb init=$T/bomb.elf:x bomb=$T/bomb.elf:x
cp "$WORK/hello.img" "$WORK/bad.img" && printf 'XXXX' | dd of="$WORK/bad.img" conv=notrunc status=none

expect no-disk none 0 '[kernel] no disk; nothing to run'
expect hello "$WORK/hello.img" 0 'hello from init pid=1'
expect hello-smp2 "$WORK/hello.img" 0 'hello from init pid=1' 2
expect exit-status "$WORK/exit.img" 7 'exiting with 7'
expect errors "$WORK/errors.img" 0 'errors done'
expect faults "$WORK/faults.img" 0 '[kernel] pid 2 (crash) killed: load page fault at pc'
expect faults-survive "$WORK/faults.img" 0 'faults done; init still alive'
expect spin "$WORK/spin.img" 0 'spin done'
expect memory "$WORK/mem.img" 0 'memprog done'
expect time "$WORK/time.img" 0 'slept_at_least_30ms=1'
expect console "$WORK/cat.img" 0 'got: typed line'
expect out-of-memory "$WORK/hog.img" 0 'hog done'
expect process-table-full "$WORK/bomb.img" 0 'wait_after=1'
expect no-init "$WORK/noinit.img" 1 '[kernel] cannot run init: error -2'
expect bad-image "$WORK/bad.img" 3 'rffs: bad image: bad magic'
[ -f user/demo.img ] && expect user-demo user/demo.img 0 'programs passed'
exit $FAILED
