/* uart.c - the 16550 UART at 0x10000000 (reg-shift 0), reached through the kernel's device window
 * (memlayout.h). Output is polled on LSR.THRE. Input is interrupt-driven: the receive-data
 * interrupt (IER.ERBFI) reaches the kernel through the PLIC (plic.c), and uart_interrupt() moves
 * the waiting bytes into a ring buffer and wakes readers. The line is level-triggered, so it must
 * be emptied before the claim is completed; when the buffer is full the receive interrupt is
 * masked instead (the bytes wait in the UART, and the sender is held back there) until a reader
 * makes room. Register map: the 16550 data sheet. */
#include "proc.h"

enum uart_reg { RBR_THR = 0, IER = 1, LCR = 3, LSR = 5 };
#define IER_RX_AVAILABLE 0x01
#define LSR_DATA_READY 0x01
#define LSR_THR_EMPTY 0x20
#define RX_BUFFER 256u /* a power of two: the indices below wrap freely */

static char rx[RX_BUFFER];
static uint32_t rx_in, rx_out; /* bytes ever buffered / ever read: rx_in - rx_out are waiting */
static int rx_held;            /* the receive interrupt is masked because the buffer was full */

static volatile uint8_t *uart_reg(enum uart_reg r) { return (volatile uint8_t *)(UART_VA + r); }

/* 8 data bits, no parity, 1 stop bit; the receive interrupt on. FCR is left alone on purpose:
 * changing its FIFO-enable bit clears the receive FIFO (16550 data sheet; QEMU does the same),
 * which would drop input typed before boot. */
void uart_init(void) {
  *uart_reg(LCR) = 0x03;
  *uart_reg(IER) = IER_RX_AVAILABLE;
}

void uart_putc(char c) {
  while ((*uart_reg(LSR) & LSR_THR_EMPTY) == 0) {
  }
  *uart_reg(RBR_THR) = (uint8_t)c;
}

int uart_has_input(void) { return rx_in != rx_out; }

int uart_getc(void) {
  if (rx_in == rx_out) return -1;
  char c = rx[rx_out++ % RX_BUFFER];
  if (rx_held) { /* room again: let the held-back input in */
    rx_held = 0;
    *uart_reg(IER) = IER_RX_AVAILABLE;
  }
  return (uint8_t)c;
}

void uart_interrupt(void) {
  while ((*uart_reg(LSR) & LSR_DATA_READY) != 0) {
    if (rx_in - rx_out == RX_BUFFER) {
      *uart_reg(IER) = 0; /* full: leave the rest in the UART until a reader makes room */
      rx_held = 1;
      break;
    }
    rx[rx_in++ % RX_BUFFER] = (char)*uart_reg(RBR_THR);
  }
  wake_all(console_channel);
}
