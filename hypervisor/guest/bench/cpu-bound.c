/*
 * cpu-bound.c - the CPU-bound bare-metal benchmark of the machine's speed goals (issue 3):
 * the same ELF runs on qemu-system-riscv32 (TCG) and on Ringfence's machine, and bench/run.ts
 * compares whole-process wall times and instruction rates side by side.
 *
 * M-mode only, no paging, no interrupts: a mix of what compiled code does - a sieve (byte
 * stores and loads, branches), an FNV-1a hash over it (multiplies), a 32x32 integer matrix
 * product (loads, multiply-adds) and a xorshift PRNG with divisions. ROUNDS sets the length
 * (about 100 M instructions per 10 rounds). Prints one checksum line and powers off with
 * success; the checksum is the same on both machines or the benchmark is void.
 */
#include "../conformance/rt.h"

#ifndef ROUNDS
#define ROUNDS 40
#endif

#define SIEVE 32768
#define N 32

static unsigned char sieve[SIEVE];
static uint32_t a[N][N], b[N][N], c[N][N];

static uint32_t run_sieve(void) {
    uint32_t count = 0;
    for (uint32_t i = 0; i < SIEVE; i++) sieve[i] = 1;
    sieve[0] = sieve[1] = 0;
    for (uint32_t i = 2; i * i < SIEVE; i++)
        if (sieve[i])
            for (uint32_t j = i * i; j < SIEVE; j += i) sieve[j] = 0;
    for (uint32_t i = 0; i < SIEVE; i++) count += sieve[i];
    return count;
}

static uint32_t fnv1a(const unsigned char *p, uint32_t n) {
    uint32_t h = 2166136261u;
    for (uint32_t i = 0; i < n; i++) h = (h ^ p[i]) * 16777619u;
    return h;
}

static uint32_t matmul(uint32_t seed) {
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            a[i][j] = seed + (uint32_t)(i * N + j);
            b[i][j] = seed ^ (uint32_t)(j * N + i);
        }
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            uint32_t s = 0;
            for (int k = 0; k < N; k++) s += a[i][k] * b[k][j];
            c[i][j] = s;
        }
    return fnv1a((const unsigned char *)c, sizeof c);
}

static uint32_t prng_divs(uint32_t x) {
    uint32_t acc = 0;
    for (int i = 0; i < 20000; i++) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        acc += x / ((x & 0xff) + 1) + x % 97;
    }
    return acc;
}

uint32_t main(void) {
    uint32_t sum = 0;
    for (uint32_t r = 0; r < ROUNDS; r++) {
        sum = sum * 31 + run_sieve();
        sum ^= fnv1a(sieve, SIEVE);
        sum += matmul(sum);
        sum ^= prng_divs(sum | 1);
    }
    show("cpu-bound checksum", sum);
    return 0;
}
