/* fdt.c - the one thing the kernel reads from the flattened device tree the machine hands over
 * at boot (a1 on entry; QEMU virt and Ringfence both place one near the end of RAM): the size of
 * the RAM bank at RAM_BASE, from the `reg` of the root's memory node (Devicetree Specification
 * v0.4: header and structure block ch. 5, big-endian; memory node 3.4; #address-cells and
 * #size-cells 2.3.5, defaults 2 and 1). Runs with paging off, before anything else touches RAM
 * near the tree. Every read stays inside the blob's totalsize; anything malformed gives 0. */
#include "kernel.h"

#define FDT_MAGIC 0xd00dfeedu
#define FDT_MAX_BYTES (1u << 20)
#define FDT_BEGIN_NODE 1u
#define FDT_END_NODE 2u
#define FDT_PROP 3u
#define FDT_NOP 4u
#define FDT_END 9u

struct fdt {
  const uint8_t *base;
  uint32_t size;
  uint32_t strings, strings_size;
};

static uint32_t be32(const uint8_t *p) {
  return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3];
}

/* The word at offset `at`, or 0 past the end (0 is no token, so a walk stops there). */
static uint32_t word_at(const struct fdt *t, uint32_t at) {
  return at <= t->size - 4 ? be32(t->base + at) : 0;
}

/* Whether the NUL-terminated string at `at` (bounded by `limit`) equals `want`, or with
 * `prefix`, starts with it followed by NUL or '@'. */
static int name_is(const struct fdt *t, uint32_t at, uint32_t limit, const char *want, int prefix) {
  for (; *want != 0; want++, at++) {
    if (at >= limit || t->base[at] != (uint8_t)*want) return 0;
  }
  return at < limit && (t->base[at] == 0 || (prefix && t->base[at] == '@'));
}

/* Offset just past the NUL ending the string at `at`, 4-aligned; 0 when it runs off the end. */
static uint32_t skip_name(const struct fdt *t, uint32_t at) {
  while (at < t->size && t->base[at] != 0) at++;
  return at < t->size ? (at + 4) & ~3u : 0;
}

uint32_t fdt_ram_size(uint32_t fdt_pa) {
  /* The tree must lie in RAM's address range without wrapping; the header is read only once
   * totalsize says it is all there. */
  if (fdt_pa < RAM_BASE || fdt_pa > 0xFFFFFFFFu - FDT_MAX_BYTES || (fdt_pa & 3) != 0) return 0;
  const uint8_t *base = (const uint8_t *)fdt_pa;
  if (be32(base) != FDT_MAGIC) return 0;
  uint32_t size = be32(base + 4);
  if (size < 40 || size > FDT_MAX_BYTES) return 0;
  struct fdt t = {base, size, be32(base + 12), be32(base + 32)};
  uint32_t at = be32(base + 8);
  if (t.strings > t.size || t.strings_size > t.size - t.strings) return 0;
  uint32_t address_cells = 2, size_cells = 1;
  int depth = 0, in_memory = 0;
  for (;;) {
    uint32_t token = word_at(&t, at);
    at += 4;
    if (token == FDT_BEGIN_NODE) {
      depth++;
      in_memory = depth == 2 && name_is(&t, at, t.size, "memory", 1);
      if ((at = skip_name(&t, at)) == 0) return 0;
    } else if (token == FDT_END_NODE) {
      depth--;
      in_memory = 0;
    } else if (token == FDT_PROP) {
      uint32_t len = word_at(&t, at), name = t.strings + word_at(&t, at + 4), value = at + 8;
      if (len > t.size || value > t.size - len || word_at(&t, at + 4) >= t.strings_size) return 0;
      uint32_t limit = t.strings + t.strings_size;
      if (depth == 1 && len == 4 && name_is(&t, name, limit, "#address-cells", 0)) address_cells = word_at(&t, value);
      if (depth == 1 && len == 4 && name_is(&t, name, limit, "#size-cells", 0)) size_cells = word_at(&t, value);
      if (in_memory && name_is(&t, name, limit, "reg", 0) && address_cells >= 1 && address_cells <= 2 && size_cells >= 1 &&
          size_cells <= 2) {
        uint32_t entry = 4 * (address_cells + size_cells);
        for (uint32_t e = value; e + entry <= value + len; e += entry) {
          uint32_t addr_hi = address_cells == 2 ? word_at(&t, e) : 0;
          uint32_t addr = word_at(&t, e + 4 * (address_cells - 1));
          uint32_t size_hi = size_cells == 2 ? word_at(&t, e + 4 * address_cells) : 0;
          uint32_t size = word_at(&t, e + 4 * (address_cells + size_cells - 1));
          if (addr_hi == 0 && addr == RAM_BASE) return size_hi != 0 ? 0xffffffffu : size;
        }
      }
      at = (value + len + 3) & ~3u;
    } else if (token != FDT_NOP) {
      return 0; /* FDT_END, or anything else: no memory node for RAM_BASE */
    }
  }
}
