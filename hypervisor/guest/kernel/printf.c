/* printf.c - kprintf, a printf-lite on the UART: %d %u %x %s %c %p %% with an optional zero-pad
 * flag and width (%08x). panic() prints "[kernel] panic: ..." and powers off with failure. */
#include "kernel.h"

typedef __builtin_va_list va_list;
#define va_start(ap, last) __builtin_va_start(ap, last)
#define va_arg(ap, type) __builtin_va_arg(ap, type)
#define va_end(ap) __builtin_va_end(ap)

static void put_unsigned(uint32_t v, uint32_t base, int width, char pad) {
  char digits[12];
  int n = 0;
  do {
    digits[n++] = "0123456789abcdef"[v % base];
    v /= base;
  } while (v != 0);
  for (; width > n; width--) uart_putc(pad);
  while (n > 0) uart_putc(digits[--n]);
}

static void put_signed(int32_t v, int width, char pad) {
  if (v < 0) {
    uart_putc('-');
    put_unsigned(0u - (uint32_t)v, 10, width > 0 ? width - 1 : 0, pad);
  } else {
    put_unsigned((uint32_t)v, 10, width, pad);
  }
}

static void put_string(const char *s) {
  if (s == NULL) s = "(null)";
  while (*s) uart_putc(*s++);
}

/* Formats one conversion; returns the pointer past it. */
static const char *put_conversion(const char *f, va_list *ap) {
  char pad = ' ';
  int width = 0;
  if (*f == '0') pad = '0', f++;
  while (*f >= '0' && *f <= '9') width = width * 10 + (*f++ - '0');
  switch (*f) {
  case 'd': put_signed(va_arg(*ap, int32_t), width, pad); break;
  case 'u': put_unsigned(va_arg(*ap, uint32_t), 10, width, pad); break;
  case 'x': put_unsigned(va_arg(*ap, uint32_t), 16, width, pad); break;
  case 'p': put_string("0x"); put_unsigned(va_arg(*ap, uint32_t), 16, 8, '0'); break;
  case 's': put_string(va_arg(*ap, const char *)); break;
  case 'c': uart_putc((char)va_arg(*ap, int)); break;
  case '%': uart_putc('%'); break;
  case 0: return f;
  default: uart_putc('%'); uart_putc(*f); break;
  }
  return f + 1;
}

static void vkprintf(const char *fmt, va_list ap) {
  while (*fmt) {
    if (*fmt != '%') {
      uart_putc(*fmt++);
      continue;
    }
    fmt = put_conversion(fmt + 1, &ap);
  }
}

void kprintf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vkprintf(fmt, ap);
  va_end(ap);
}

void panic(const char *fmt, ...) {
  va_list ap;
  put_string("[kernel] panic: ");
  va_start(ap, fmt);
  vkprintf(fmt, ap);
  va_end(ap);
  uart_putc('\n');
  power_off_failure(POWER_PANIC_CODE);
}
