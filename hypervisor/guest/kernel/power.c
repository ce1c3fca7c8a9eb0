/* power.c - stops the machine through the SiFive test finisher (QEMU virt's "sifive_test" at
 * 0x100000). QEMU exits with status (value >> 16) for a 0x3333 write, so a failure must carry a
 * non-zero code (docs/machine-toolchain.md §2). */
#include "kernel.h"

#define FINISHER_PASS 0x5555u
#define FINISHER_FAIL 0x3333u

static void finisher_write(uint32_t value) {
  *(volatile uint32_t *)FINISHER_VA = value;
  for (;;) wfi(); /* not reached on QEMU */
}

void power_off_success(void) {
  finisher_write(FINISHER_PASS);
  for (;;) {
  }
}

void power_off_failure(uint32_t code) {
  finisher_write(((code & 0xffffu) << 16) | FINISHER_FAIL);
  for (;;) {
  }
}
