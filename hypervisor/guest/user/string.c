/*
 * string.c - the string and memory functions of the user runtime (ulib.h). GCC may emit calls
 * to memcpy/memset/memmove/memcmp even in freestanding code, so these must exist.
 */
#include "ulib.h"

size_t strlen(const char *s)
{
    size_t n = 0;
    while (s[n] != 0) n++;
    return n;
}

int strcmp(const char *a, const char *b)
{
    while (*a != 0 && *a == *b) a++, b++;
    return (unsigned char)*a - (unsigned char)*b;
}

int strncmp(const char *a, const char *b, size_t n)
{
    for (; n > 0; n--, a++, b++) {
        if (*a != *b || *a == 0) return (unsigned char)*a - (unsigned char)*b;
    }
    return 0;
}

char *strcpy(char *dst, const char *src)
{
    char *d = dst;
    while ((*d++ = *src++) != 0) {
    }
    return dst;
}

const char *strchr(const char *s, int c)
{
    for (; *s != 0; s++) {
        if (*s == (char)c) return s;
    }
    return c == 0 ? s : 0;
}

void *memcpy(void *dst, const void *src, size_t n)
{
    uint8_t *d = dst;
    const uint8_t *s = src;
    while (n-- > 0) *d++ = *s++;
    return dst;
}

void *memmove(void *dst, const void *src, size_t n)
{
    uint8_t *d = dst;
    const uint8_t *s = src;
    if (d < s) return memcpy(dst, src, n);
    while (n-- > 0) d[n] = s[n];
    return dst;
}

void *memset(void *dst, int c, size_t n)
{
    uint8_t *d = dst;
    while (n-- > 0) *d++ = (uint8_t)c;
    return dst;
}

int memcmp(const void *a, const void *b, size_t n)
{
    const uint8_t *p = a, *q = b;
    for (; n > 0; n--, p++, q++) {
        if (*p != *q) return *p - *q;
    }
    return 0;
}

unsigned long parse_ulong(const char *s, unsigned long fallback)
{
    if (s == 0 || *s == 0) return fallback;
    unsigned base = 10;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) base = 16, s += 2;
    unsigned long v = 0;
    for (; *s != 0; s++) {
        unsigned d;
        if (*s >= '0' && *s <= '9') d = (unsigned)(*s - '0');
        else if (base == 16 && (*s | 0x20) >= 'a' && (*s | 0x20) <= 'f') d = (unsigned)((*s | 0x20) - 'a' + 10);
        else return fallback;
        v = v * base + d;
    }
    return v;
}
