/* compute [K] - CPU-bound integer work with no syscalls in the loop: a sieve of Eratosthenes
 * below 100000, then K thousand rounds (default 1000) of xorshift32 mixed with multiply, divide
 * and remainder. Prints the prime count and a checksum. */
#include "ulib.h"

#define SIEVE_LIMIT 100000u

static uint8_t composite[SIEVE_LIMIT];

static unsigned count_primes(void)
{
    unsigned count = 0;
    for (unsigned i = 2; i < SIEVE_LIMIT; i++) {
        if (composite[i]) continue;
        count++;
        for (unsigned j = i * 2; j < SIEVE_LIMIT; j += i) composite[j] = 1;
    }
    return count;
}

static uint32_t mix_rounds(unsigned long rounds)
{
    uint32_t state = 2463534242u, sum = 0;
    for (unsigned long i = 0; i < rounds; i++) {
        uint32_t x = xorshift32(&state);
        uint32_t d = (x >> 20) | 1u;
        sum = sum * 31u + x / d + x % d + (uint32_t)(((uint64_t)x * sum) >> 32);
    }
    return sum;
}

int main(int argc, char **argv)
{
    unsigned long k = parse_ulong(argc > 1 ? argv[1] : 0, 1000);
    unsigned primes = count_primes();
    uint32_t sum = mix_rounds(k * 1000);
    printf("compute: %u primes below %u, %lu000 mix rounds, checksum 0x%08lx\n", primes, SIEVE_LIMIT, k,
           (unsigned long)sum);
    return 0;
}
