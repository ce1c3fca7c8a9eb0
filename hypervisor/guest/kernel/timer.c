/* timer.c - time from the CLINT's mtime (10 MHz, read through the time CSR) and the 1 ms scheduler tick. Only M-mode may
 * write mtimecmp, so the next tick is requested from the firmware (firmware.h, like SBI
 * set_timer); the firmware turns its machine timer interrupt into STIP for us. */
#include "proc.h"
#include "firmware.h"

static uint64_t boot_mtime;

/* mtime through the time CSR (priv spec 3.1.11: a read-only shadow of mtime; the firmware lets
 * S read it through mcounteren.TM), as Linux does: unlike a load from the CLINT it is not a
 * device access. 64 bits read 32 at a time: re-read when the high word moved (hi-lo-hi). */
static uint64_t mtime_read(void) {
  uint32_t h, l, h2;
  do {
    __asm__ volatile("csrr %0, timeh" : "=r"(h));
    __asm__ volatile("csrr %0, time" : "=r"(l));
    __asm__ volatile("csrr %0, timeh" : "=r"(h2));
  } while (h != h2);
  return ((uint64_t)h << 32) | l;
}

static void firmware_set_timer(uint64_t when) {
  register uint32_t a0 __asm__("a0") = (uint32_t)when;
  register uint32_t a1 __asm__("a1") = (uint32_t)(when >> 32);
  register uint32_t a7 __asm__("a7") = FW_CALL_SET_TIMER;
  __asm__ volatile("ecall" : "+r"(a0) : "r"(a1), "r"(a7) : "memory");
}

uint64_t time_now(void) { return mtime_read() - boot_mtime; }

void timer_start(void) {
  boot_mtime = mtime_read();
  csr_set(sie, SIE_STIE);
  firmware_set_timer(boot_mtime + TICKS_PER_SLICE);
}

/* Every tick (from a user trap or the idle loop): next deadline, wake sleepers. */
void timer_tick(void) {
  uint64_t now = mtime_read();
  firmware_set_timer(now + TICKS_PER_SLICE);
  wake_sleepers(now - boot_mtime);
}
