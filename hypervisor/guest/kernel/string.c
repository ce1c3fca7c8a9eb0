/* string.c - the memory and string routines a freestanding kernel must supply itself (GCC emits
 * calls to memcpy/memset/memmove/memcmp even with -ffreestanding). Byte loops: small and obvious. */
#include "kernel.h"

void *memcpy(void *dst, const void *src, size_t n) {
  uint8_t *d = dst;
  const uint8_t *s = src;
  if ((((uintptr_t)d | (uintptr_t)s | n) & 3) == 0) {
    for (size_t i = 0; i < n; i += 4) *(uint32_t *)(d + i) = *(const uint32_t *)(s + i);
    return dst;
  }
  for (size_t i = 0; i < n; i++) d[i] = s[i];
  return dst;
}

void *memmove(void *dst, const void *src, size_t n) {
  uint8_t *d = dst;
  const uint8_t *s = src;
  if (d < s) {
    for (size_t i = 0; i < n; i++) d[i] = s[i];
  } else {
    for (size_t i = n; i > 0; i--) d[i - 1] = s[i - 1];
  }
  return dst;
}

void *memset(void *dst, int c, size_t n) {
  uint8_t *d = dst;
  if ((((uintptr_t)d | n) & 3) == 0) {
    uint32_t word = (uint8_t)c * 0x01010101u;
    for (size_t i = 0; i < n; i += 4) *(uint32_t *)(d + i) = word;
    return dst;
  }
  for (size_t i = 0; i < n; i++) d[i] = (uint8_t)c;
  return dst;
}

int memcmp(const void *a, const void *b, size_t n) {
  const uint8_t *x = a, *y = b;
  for (size_t i = 0; i < n; i++) {
    if (x[i] != y[i]) return x[i] - y[i];
  }
  return 0;
}

size_t strlen(const char *s) {
  size_t n = 0;
  while (s[n]) n++;
  return n;
}

int strcmp(const char *a, const char *b) {
  while (*a && *a == *b) a++, b++;
  return (uint8_t)*a - (uint8_t)*b;
}

/* Copies at most size-1 bytes and always NUL-terminates (size > 0). */
void strlcpy_k(char *dst, const char *src, size_t size) {
  size_t i = 0;
  for (; i + 1 < size && src[i]; i++) dst[i] = src[i];
  dst[i] = 0;
}
