/* pagetable-heavy [R] - page-table churn: R rounds (default 4) of mapping 64 two-page regions,
 * each hinted at its own 4 MiB slot (one Sv32 level-0 table per region when the kernel honours
 * the hint), touching one word per page, verifying all of them, and unmapping them again.
 * Prints a checksum of the values read, which does not depend on where the regions landed. */
#include "ulib.h"

#define REGIONS 64
#define REGION_PAGES 2
#define SLOT_BYTES (4u << 20)              /* one Sv32 megapage: a level-0 table each */
#define FIRST_SLOT 0x10000000u             /* well above the program and its break */

static uint32_t word_value(unsigned round, unsigned region, unsigned page)
{
    return (round << 24) ^ (region << 8) ^ page ^ 0x9e3779b9u;
}

/* Maps, touches and verifies one round; returns the checksum, or 0 after printing an error. */
static uint32_t one_round(unsigned round, uint32_t hash)
{
    uint32_t *base[REGIONS];
    size_t bytes = REGION_PAGES * PAGE_SIZE;
    for (unsigned r = 0; r < REGIONS; r++) {
        long m = mmap((void *)(uintptr_t)(FIRST_SLOT + r * SLOT_BYTES), bytes, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (mmap_failed(m)) {
            printf("pagetable-heavy: round %u region %u: mmap = %ld\n", round, r, m);
            return 0;
        }
        base[r] = (uint32_t *)m;
        for (unsigned p = 0; p < REGION_PAGES; p++) base[r][p * PAGE_SIZE / 4 + r % 1024] = word_value(round, r, p);
    }
    for (unsigned r = 0; r < REGIONS; r++) {
        for (unsigned p = 0; p < REGION_PAGES; p++) hash = fnv1a_word(hash, base[r][p * PAGE_SIZE / 4 + r % 1024]);
        long u = munmap(base[r], bytes);
        if (u != 0) {
            printf("pagetable-heavy: round %u region %u: munmap = %ld\n", round, r, u);
            return 0;
        }
    }
    return hash;
}

int main(int argc, char **argv)
{
    unsigned long rounds = parse_ulong(argc > 1 ? argv[1] : 0, 4);
    uint32_t hash = 2166136261u;
    for (unsigned long round = 0; round < rounds; round++) {
        hash = one_round((unsigned)round, hash);
        if (hash == 0) return 1;
    }
    printf("pagetable-heavy: %lu rounds x %d regions x %d pages, checksum 0x%08lx\n", rounds, REGIONS, REGION_PAGES,
           (unsigned long)hash);
    return 0;
}
