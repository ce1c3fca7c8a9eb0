/* uart.c - the 16550 UART at 0x10000000 (reg-shift 0), reached through the kernel's device window
 * (memlayout.h). Output is polled on LSR.THRE; input is polled on LSR.DR (the timer tick checks it
 * and wakes readers), so the kernel needs no PLIC. Register map: the 16550 data sheet. */
#include "kernel.h"

enum uart_reg { RBR_THR = 0, IER = 1, LCR = 3, LSR = 5 };
#define LSR_DATA_READY 0x01
#define LSR_THR_EMPTY 0x20

static volatile uint8_t *uart_reg(enum uart_reg r) { return (volatile uint8_t *)(UART_VA + r); }

/* 8 data bits, no parity, 1 stop bit; no UART interrupts. FCR is left alone on purpose: changing
 * its FIFO-enable bit clears the receive FIFO (16550 data sheet; QEMU does the same), which
 * would drop input typed before boot. */
void uart_init(void) {
  *uart_reg(IER) = 0;
  *uart_reg(LCR) = 0x03;
}

void uart_putc(char c) {
  while ((*uart_reg(LSR) & LSR_THR_EMPTY) == 0) {
  }
  *uart_reg(RBR_THR) = (uint8_t)c;
}

int uart_has_input(void) { return (*uart_reg(LSR) & LSR_DATA_READY) != 0; }

int uart_getc(void) {
  if (!uart_has_input()) return -1;
  return *uart_reg(RBR_THR);
}
