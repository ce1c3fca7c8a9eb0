/*
 * rt.h - the runtime of the bare-metal conformance programs (start.S, rt.c): UART output in
 * hex, CSR access, and trap bookkeeping. Programs print `label: xxxxxxxx` lines only, so the
 * same ELF gives byte-identical UART output on QEMU and on Ringfence's machine.
 */
#ifndef CONFORMANCE_RT_H
#define CONFORMANCE_RT_H

#include <stdint.h>

#define UART_BASE 0x10000000u
#define CLINT_BASE 0x02000000u
#define CLINT_MSIP (CLINT_BASE + 0x0)
#define CLINT_MTIMECMP (CLINT_BASE + 0x4000)
#define CLINT_MTIME (CLINT_BASE + 0xbff8)
#define PLIC_BASE 0x0c000000u

/* mstatus fields (privileged spec 3.1.6) */
#define MSTATUS_SIE (1u << 1)
#define MSTATUS_MIE (1u << 3)
#define MSTATUS_SPIE (1u << 5)
#define MSTATUS_MPIE (1u << 7)
#define MSTATUS_SPP (1u << 8)
#define MSTATUS_MPP (3u << 11)
#define MSTATUS_MPRV (1u << 17)
#define MSTATUS_SUM (1u << 18)
#define MSTATUS_MXR (1u << 19)

#define MODE_U 0
#define MODE_S 1
#define LEAVE_MAGIC 0x1eafe

#define CSR_READ(name) ({ uint32_t v_; __asm__ volatile("csrr %0, " #name : "=r"(v_)); v_; })
#define CSR_WRITE(name, v) __asm__ volatile("csrw " #name ", %0" ::"r"((uint32_t)(v)) : "memory")
#define CSR_SET(name, v) __asm__ volatile("csrs " #name ", %0" ::"r"((uint32_t)(v)) : "memory")
#define CSR_CLEAR(name, v) __asm__ volatile("csrc " #name ", %0" ::"r"((uint32_t)(v)) : "memory")

static inline uint32_t mmio_read(uint32_t addr) { return *(volatile uint32_t *)addr; }
static inline void mmio_write(uint32_t addr, uint32_t v) { *(volatile uint32_t *)addr = v; }

/* Output */
void print(const char *s);
void print_hex(uint32_t v);
void show(const char *label, uint32_t v);   /* "label: xxxxxxxx\n" */
void show_yes(const char *label, int ok);   /* "label: yes|no\n" */

/* The last trap taken by M-mode (m_trap) and by S-mode (s_trap_entry). */
struct trap_record {
    uint32_t cause, epc, tval, count, resume;
    uint32_t status;    /* mstatus after the trap (M only) */
};
extern volatile struct trap_record m_trap_last;
extern volatile struct trap_record s_trap;
extern volatile uint32_t m_trap_resume;     /* non-zero: next M trap resumes here (once) */
/* Interrupt log of M-mode: causes in the order taken (without the interrupt bit). */
extern volatile uint32_t irq_log[16];
extern volatile uint32_t irq_count;
/* Called for each M-mode interrupt; must remove its source. Default: mask it in mie. */
extern void (*volatile irq_hook)(uint32_t cause);

void m_trap_reset(void);
/* Prints "<label>: cause X epc+Y tval Z" where epc is shown relative to `base` (0 = raw). */
void show_trap(const char *label, const volatile struct trap_record *t, uint32_t epc_base);

/* start.S */
uint32_t enter_mode(uint32_t mode, uintptr_t pc, uint32_t arg, uintptr_t return_stub, uintptr_t sp);
void leave_stub(void);
void s_trap_entry(void);
void probe_jump_m(uintptr_t target);
void probe_jump_s(uintptr_t target);
/* Runs fn(arg) in `mode` on the lower-mode stack; returns its result. */
uint32_t run_in_mode(uint32_t mode, uint32_t (*fn)(uint32_t), uint32_t arg);

#endif
