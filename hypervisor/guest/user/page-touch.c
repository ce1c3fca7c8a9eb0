/* page-touch [M] - demand paging: grows the break by M pages (default 256) and maps M
 * anonymous pages, checks that fresh pages read as zero, writes a pattern to every word,
 * re-reads it and prints one checksum per region. */
#include "ulib.h"

/* Zero check, pattern write and read-back over `pages` pages at p; returns the checksum or 0
 * after printing what went wrong. */
static uint32_t touch(const char *what, uint32_t *p, unsigned long pages, uint32_t seed)
{
    unsigned long words = pages * (PAGE_SIZE / 4);
    for (unsigned long i = 0; i < words; i += PAGE_SIZE / 4) {
        if (p[i] != 0) {
            printf("page-touch: %s page %lu is not zero-filled\n", what, i / (PAGE_SIZE / 4));
            return 0;
        }
    }
    for (unsigned long i = 0; i < words; i++) p[i] = (uint32_t)i * 2654435761u ^ seed;
    uint32_t hash = 2166136261u;
    for (unsigned long i = 0; i < words; i++) {
        if (p[i] != ((uint32_t)i * 2654435761u ^ seed)) {
            printf("page-touch: %s word %lu reads back wrong\n", what, i);
            return 0;
        }
        hash = fnv1a_word(hash, p[i]);
    }
    return hash;
}

int main(int argc, char **argv)
{
    unsigned long pages = parse_ulong(argc > 1 ? argv[1] : 0, 256);
    void *heap = sbrk((long)(pages * PAGE_SIZE));
    if (heap == (void *)-1) {
        printf("page-touch: brk by %lu pages failed\n", pages);
        return 1;
    }
    uint32_t brk_sum = touch("brk", heap, pages, 0x5a5a5a5a);
    long m = mmap(0, pages * PAGE_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mmap_failed(m)) {
        printf("page-touch: mmap of %lu pages failed: %ld\n", pages, m);
        return 1;
    }
    uint32_t mmap_sum = touch("mmap", (uint32_t *)m, pages, 0xa5a5a5a5);
    long unmapped = munmap((void *)m, pages * PAGE_SIZE);
    printf("page-touch: %lu pages brk checksum 0x%08lx, mmap checksum 0x%08lx, munmap %ld\n", pages,
           (unsigned long)brk_sum, (unsigned long)mmap_sum, unmapped);
    return brk_sum != 0 && mmap_sum != 0 && unmapped == 0 ? 0 : 1;
}
