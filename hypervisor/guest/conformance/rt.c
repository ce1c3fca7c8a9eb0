/*
 * rt.c - output and the C half of the M-mode trap handler for the conformance programs.
 * Exceptions are recorded in m_trap_last and stepped over (mepc + 4, or m_trap_resume);
 * interrupts are logged and silenced; `ecall` with a7 = LEAVE_MAGIC from S/U returns to the
 * M-mode caller of enter_mode (start.S).
 */
#include "rt.h"

#define UART_LSR 5
#define UART_LSR_THRE 0x20

volatile struct trap_record m_trap_last;
volatile struct trap_record s_trap;
volatile uint32_t m_trap_resume;
volatile uint32_t irq_log[16];
volatile uint32_t irq_count;
void (*volatile irq_hook)(uint32_t cause);

static uint8_t lower_stack[4096] __attribute__((aligned(16)));
static uint8_t s_trap_stack[2048] __attribute__((aligned(16)));

static void uart_putc(char c)
{
    volatile uint8_t *uart = (volatile uint8_t *)UART_BASE;
    while ((uart[UART_LSR] & UART_LSR_THRE) == 0) {
    }
    uart[0] = (uint8_t)c;
}

void print(const char *s)
{
    while (*s != 0) uart_putc(*s++);
}

void print_hex(uint32_t v)
{
    for (int shift = 28; shift >= 0; shift -= 4) uart_putc("0123456789abcdef"[(v >> shift) & 0xf]);
}

void show(const char *label, uint32_t v)
{
    print(label);
    print(": ");
    print_hex(v);
    print("\n");
}

void show_yes(const char *label, int ok)
{
    print(label);
    print(ok ? ": yes\n" : ": no\n");
}

void show_trap(const char *label, const volatile struct trap_record *t, uint32_t epc_base)
{
    print(label);
    print(": cause ");
    print_hex(t->cause);
    print(" epc ");
    print_hex(t->epc - epc_base);
    print(" tval ");
    print_hex(t->tval);
    print("\n");
}

void m_trap_reset(void)
{
    m_trap_last.cause = m_trap_last.epc = m_trap_last.tval = m_trap_last.count = m_trap_last.status = 0;
    s_trap.cause = s_trap.epc = s_trap.tval = s_trap.count = s_trap.resume = 0;
    irq_count = 0;
    m_trap_resume = 0;
}

static void log_interrupt(uint32_t code)
{
    if (irq_count < 16) irq_log[irq_count] = code;
    irq_count++;
    if (irq_hook != 0) irq_hook(code);
    else CSR_CLEAR(mie, 1u << code);
}

/* Called by m_trap_entry with the saved registers (frame[i] = x_i). Returns 1 to leave the
 * lower mode (enter_mode returns frame[10]), 0 to mret. */
uint32_t m_trap(uint32_t *frame)
{
    uint32_t cause = CSR_READ(mcause);
    if ((int32_t)cause < 0) {
        log_interrupt(cause & 0x1f);
        return 0;
    }
    if ((cause == 8 || cause == 9) && frame[17] == LEAVE_MAGIC) return 1;
    m_trap_last.cause = cause;
    m_trap_last.epc = CSR_READ(mepc);
    m_trap_last.tval = CSR_READ(mtval);
    m_trap_last.count++;
    m_trap_last.status = CSR_READ(mstatus);
    uint32_t resume = m_trap_resume != 0 ? m_trap_resume : m_trap_last.epc + 4;
    m_trap_resume = 0;
    CSR_WRITE(mepc, resume);
    return 0;
}

uint32_t run_in_mode(uint32_t mode, uint32_t (*fn)(uint32_t), uint32_t arg)
{
    CSR_WRITE(sscratch, (uintptr_t)(s_trap_stack + sizeof s_trap_stack));
    return enter_mode(mode, (uintptr_t)fn, arg, (uintptr_t)leave_stub, (uintptr_t)(lower_stack + sizeof lower_stack));
}
