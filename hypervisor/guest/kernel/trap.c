/* trap.c - what happens after trap_vector (trapvec.S) saved a process's registers: system calls,
 * the timer tick, device interrupts (plic.c), demand-paging faults, and killing a process whose fault has no remedy.
 * A trap taken in S-mode is always a kernel bug: kernel_trap() panics. */
#include "proc.h"

#define SIGKILL 9

static const char *const exception_names[16] = {
    [EXC_INSN_MISALIGNED] = "instruction address misaligned",
    [EXC_INSN_ACCESS] = "instruction access fault",
    [EXC_ILLEGAL_INSN] = "illegal instruction",
    [EXC_BREAKPOINT] = "breakpoint",
    [EXC_LOAD_MISALIGNED] = "load address misaligned",
    [EXC_LOAD_ACCESS] = "load access fault",
    [EXC_STORE_MISALIGNED] = "store address misaligned",
    [EXC_STORE_ACCESS] = "store access fault",
    [EXC_ECALL_U] = "environment call from U-mode",
    [EXC_ECALL_S] = "environment call from S-mode",
    [EXC_ECALL_M] = "environment call from M-mode",
    [EXC_INSN_PAGE_FAULT] = "instruction page fault",
    [EXC_LOAD_PAGE_FAULT] = "load page fault",
    [EXC_STORE_PAGE_FAULT] = "store page fault",
};

/* The priv spec's name for an scause value (table 4.2). */
const char *cause_name(uint32_t scause) {
  if (scause & CAUSE_INTERRUPT) {
    switch (scause & ~CAUSE_INTERRUPT) {
    case IRQ_S_SOFT: return "supervisor software interrupt";
    case IRQ_S_TIMER: return "supervisor timer interrupt";
    case IRQ_S_EXT: return "supervisor external interrupt";
    default: return "unknown interrupt";
    }
  }
  if (scause < ARRAY_SIZE(exception_names) && exception_names[scause] != NULL) return exception_names[scause];
  return "unknown exception";
}

/* The signal a fault kills with (contracts: wait4 sees it in the status's low 7 bits). */
static int32_t fault_signal(uint32_t scause) {
  switch (scause) {
  case EXC_ILLEGAL_INSN: return SIGILL;
  case EXC_BREAKPOINT: return SIGTRAP;
  case EXC_INSN_MISALIGNED:
  case EXC_LOAD_MISALIGNED:
  case EXC_STORE_MISALIGNED: return SIGBUS;
  default: return SIGSEGV;
  }
}

/* Also lets U-mode read the time CSR (rdtime), as Linux does; cycle and instret stay
 * privileged (priv spec 4.1.5, scounteren bit 1 = TM). */
void trap_init(void) {
  csr_write(sscratch, 0);
  csr_write(stvec, (uint32_t)trap_vector);
  csr_write(scounteren, SCOUNTEREN_TM);
}

static void kill_current(struct proc *p, const char *why, uint32_t tval, int32_t signal) {
  kprintf("[kernel] pid %d (%s) killed: %s at pc 0x%08x, tval 0x%08x\n", p->pid, p->name, why,
          p->tf.epc, tval);
  proc_exit(signal);
}

static int is_page_fault(uint32_t scause, enum access *acc) {
  switch (scause) {
  case EXC_INSN_PAGE_FAULT: *acc = ACCESS_EXEC; return 1;
  case EXC_LOAD_PAGE_FAULT: *acc = ACCESS_READ; return 1;
  case EXC_STORE_PAGE_FAULT: *acc = ACCESS_WRITE; return 1;
  default: return 0;
  }
}

static void handle_exception(struct proc *p, uint32_t scause, uint32_t stval) {
  enum access acc;
  if (scause == EXC_ECALL_U) {
    p->tf.epc += 4;
    syscall_dispatch(p);
    return;
  }
  if (is_page_fault(scause, &acc)) {
    enum fault_result r = fault_in(&p->as, stval, acc);
    if (r == FAULT_OK) return;
    if (r == FAULT_NOMEM) kill_current(p, "out of memory", stval, SIGKILL);
  }
  kill_current(p, cause_name(scause), stval, fault_signal(scause));
}

/* Called by trap_vector on the process's kernel stack after a trap from U-mode. */
void user_trap(void) {
  struct proc *p = current_proc();
  uint32_t scause = csr_read(scause);
  uint32_t stval = csr_read(stval);
  if (scause == (CAUSE_INTERRUPT | IRQ_S_TIMER)) {
    timer_tick();
    yield();
  } else if (scause == (CAUSE_INTERRUPT | IRQ_S_EXT)) {
    external_interrupt();
  } else if (scause & CAUSE_INTERRUPT) {
    /* No other interrupt is enabled in sie; ignore a spurious one. */
  } else {
    handle_exception(p, scause, stval);
  }
  user_return();
}

/* Back to U-mode in the current process: sret with SPP = U (priv spec 4.1.1.2). */
void user_return(void) {
  struct proc *p = current_proc();
  csr_clear(sstatus, SSTATUS_SPP | SSTATUS_SPIE | SSTATUS_SUM);
  user_return_asm(&p->tf);
}

/* Called by trap_vector for a trap taken in S-mode. */
void kernel_trap(void) {
  uint32_t scause = csr_read(scause);
  panic("%s at pc 0x%08x tval 0x%08x", cause_name(scause), csr_read(sepc), csr_read(stval));
}
