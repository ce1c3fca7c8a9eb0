/*
 * printf.c - printf-lite of the user runtime (ulib.h). Each call formats into a buffer and
 * hands it to the kernel with as few write(2)s as possible (one unless it exceeds the buffer),
 * so lines from concurrent processes never interleave mid-line.
 * Supported: %d %i %u %x %X %p %c %s %%, flags '0' and '-', a width, length 'l' and 'll'.
 */
#include "ulib.h"

struct out {
    int fd;
    int total;
    size_t used;
    char buf[256];
};

static void out_flush(struct out *o)
{
    if (o->used > 0) write(o->fd, o->buf, o->used);
    o->used = 0;
}

static void out_char(struct out *o, char c)
{
    if (o->used == sizeof o->buf) out_flush(o);
    o->buf[o->used++] = c;
    o->total++;
}

static void out_padded(struct out *o, const char *s, size_t len, int width, int left, char pad)
{
    int fill = width > (int)len ? width - (int)len : 0;
    if (!left) {
        while (fill-- > 0) out_char(o, pad);
    }
    for (size_t i = 0; i < len; i++) out_char(o, s[i]);
    if (left) {
        while (fill-- > 0) out_char(o, ' ');
    }
}

/* Digits of v in `base` into the end of `tmp`; returns the first digit's position. */
static char *format_unsigned(char *end, unsigned long long v, unsigned base, int upper)
{
    const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    char *p = end;
    do {
        *--p = digits[v % base];
        v /= base;
    } while (v != 0);
    return p;
}

static void out_number(struct out *o, unsigned long long v, int negative, unsigned base, int upper,
                       int width, int left, char pad)
{
    char tmp[24];
    char *end = tmp + sizeof tmp;
    char *p = format_unsigned(end, v, base, upper);
    if (negative) {
        if (pad == '0' && width > 0) {
            out_char(o, '-');
            width--;
        } else {
            *--p = '-';
        }
    }
    out_padded(o, p, (size_t)(end - p), width, left, pad);
}

static unsigned long long next_unsigned(va_list *ap, int longs)
{
    return longs >= 2 ? va_arg(*ap, unsigned long long) : (unsigned long long)va_arg(*ap, unsigned long);
}

static long long next_signed(va_list *ap, int longs)
{
    return longs >= 2 ? va_arg(*ap, long long) : (long long)va_arg(*ap, long);
}

static void out_conversion(struct out *o, char conv, va_list *ap, int width, int left, char pad, int longs)
{
    switch (conv) {
    case 'd':
    case 'i': {
        long long v = next_signed(ap, longs);
        unsigned long long mag = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
        out_number(o, mag, v < 0, 10, 0, width, left, pad);
        break;
    }
    case 'u': out_number(o, next_unsigned(ap, longs), 0, 10, 0, width, left, pad); break;
    case 'x': out_number(o, next_unsigned(ap, longs), 0, 16, 0, width, left, pad); break;
    case 'X': out_number(o, next_unsigned(ap, longs), 0, 16, 1, width, left, pad); break;
    case 'p':
        out_padded(o, "0x", 2, 0, 0, ' ');
        out_number(o, (uintptr_t)va_arg(*ap, void *), 0, 16, 0, 8, 0, '0');
        break;
    case 'c': {
        char c = (char)va_arg(*ap, int);
        out_padded(o, &c, 1, width, left, ' ');
        break;
    }
    case 's': {
        const char *s = va_arg(*ap, const char *);
        if (s == 0) s = "(null)";
        out_padded(o, s, strlen(s), width, left, ' ');
        break;
    }
    default: out_char(o, '%'); out_char(o, conv); break;
    }
}

int vdprintf(int fd, const char *fmt, va_list ap)
{
    struct out o = { .fd = fd };
    va_list args;
    va_copy(args, ap);
    for (const char *f = fmt; *f != 0; f++) {
        if (*f != '%') {
            out_char(&o, *f);
            continue;
        }
        f++;
        if (*f == '%') {
            out_char(&o, '%');
            continue;
        }
        int left = 0, width = 0, longs = 0;
        char pad = ' ';
        for (; *f == '-' || *f == '0'; f++) {
            if (*f == '-') left = 1;
            else pad = '0';
        }
        for (; *f >= '0' && *f <= '9'; f++) width = width * 10 + (*f - '0');
        for (; *f == 'l'; f++) longs++;
        if (*f == 0) break;
        out_conversion(&o, *f, &args, width, left, left ? ' ' : pad, longs);
    }
    va_end(args);
    out_flush(&o);
    return o.total;
}

int dprintf(int fd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vdprintf(fd, fmt, ap);
    va_end(ap);
    return n;
}

int printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vdprintf(STDOUT, fmt, ap);
    va_end(ap);
    return n;
}

int puts(const char *s)
{
    return printf("%s\n", s);
}
