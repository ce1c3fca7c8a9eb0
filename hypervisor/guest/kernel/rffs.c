/* rffs.c - the read-only RAM filesystem. At boot the whole RFFS image is read from the disk into
 * contiguous RAM and checked before anything trusts it; afterwards files are just (pointer, size)
 * pairs into that copy. On-disk format (little-endian, 512-byte sectors; docs/guest-kernel.md):
 *
 *   sector 0   | "RFFS" | version u32 = 1 | file count u32 | image bytes u32 | 496 zero bytes |
 *   byte 512.. | count x 64-byte entries: name[48] NUL-padded | offset u32 | size u32 |
 *              |                          mode u32 (1 exec, 0 data) | crc32 u32 (IEEE)       |
 *   then       | file data, each file 512-aligned, in directory order                      |
 */
#include "kernel.h"

#define SECTOR_SIZE 512
#define ENTRY_SIZE 64
#define NAME_FIELD 48
#define MAX_FILES 256
#define BAD_IMAGE_CODE 3

struct rffs_header {
  char magic[4];
  uint32_t version, count, total_bytes;
};
struct rffs_entry {
  char name[NAME_FIELD];
  uint32_t offset, size, mode, crc32;
};

static uint8_t header_sector[SECTOR_SIZE] __attribute__((aligned(16)));
static const uint8_t *image;
static uint32_t image_bytes;
static struct rffs_file files[MAX_FILES];
static uint32_t file_count;

static void bad_image(const char *why) __attribute__((noreturn));
static void bad_image(const char *why) {
  kprintf("rffs: bad image: %s\n", why);
  power_off_failure(BAD_IMAGE_CODE);
}

/* CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), table driven. */
static uint32_t crc32(const uint8_t *data, uint32_t len) {
  static uint32_t table[256];
  if (table[1] == 0) {
    for (uint32_t i = 0; i < 256; i++) {
      uint32_t c = i;
      for (int k = 0; k < 8; k++) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      table[i] = c;
    }
  }
  uint32_t crc = 0xffffffffu;
  for (uint32_t i = 0; i < len; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >> 8);
  return crc ^ 0xffffffffu;
}

static int name_char_ok(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '_' || c == '-';
}

/* 1..47 allowed characters, then only NULs to the end of the field. */
static int name_ok(const char *name) {
  uint32_t len = 0;
  while (len < NAME_FIELD && name[len] != 0) {
    if (!name_char_ok(name[len])) return 0;
    len++;
  }
  if (len == 0 || len == NAME_FIELD) return 0;
  for (uint32_t i = len; i < NAME_FIELD; i++) {
    if (name[i] != 0) return 0;
  }
  return 1;
}

static const struct rffs_header *check_header(void) {
  const struct rffs_header *h = (const struct rffs_header *)header_sector;
  if (memcmp(h->magic, "RFFS", 4) != 0) bad_image("bad magic");
  if (h->version != 1) bad_image("unsupported version");
  for (uint32_t i = sizeof(*h); i < SECTOR_SIZE; i++) {
    if (header_sector[i] != 0) bad_image("header padding not zero");
  }
  if (h->total_bytes < SECTOR_SIZE || h->total_bytes % SECTOR_SIZE != 0) bad_image("bad image size");
  if (h->total_bytes / SECTOR_SIZE > virtio_blk_capacity()) bad_image("image larger than the disk");
  if (h->count > MAX_FILES) bad_image("too many files");
  if (SECTOR_SIZE + h->count * ENTRY_SIZE > h->total_bytes) bad_image("directory outside the image");
  return h;
}

static int duplicate_name(uint32_t upto, const char *name) {
  for (uint32_t i = 0; i < upto; i++) {
    if (strcmp(files[i].name, name) == 0) return 1;
  }
  return 0;
}

/* Checks entry i against the image and the previous file's end; records it. Returns its end. */
static uint32_t check_entry(uint32_t i, uint32_t prev_end) {
  const struct rffs_entry *e = (const struct rffs_entry *)(image + SECTOR_SIZE + i * ENTRY_SIZE);
  if (!name_ok(e->name)) bad_image("bad file name");
  if (duplicate_name(i, e->name)) bad_image("duplicate file name");
  if (e->offset % SECTOR_SIZE != 0) bad_image("file offset not sector aligned");
  if (e->offset < prev_end || e->offset > image_bytes || e->size > image_bytes - e->offset) {
    bad_image("file data outside the image or out of order");
  }
  if (e->mode > 1) bad_image("bad file mode");
  if (crc32(image + e->offset, e->size) != e->crc32) bad_image("crc mismatch");
  files[i] = (struct rffs_file){e->name, image + e->offset, e->size, e->mode};
  return e->offset + e->size;
}

/* Reads and verifies the image; on any inconsistency prints "rffs: bad image: <why>" and powers
 * off with failure. Returns the number of files. Needs a probed disk. */
int rffs_load(void) {
  if (virtio_blk_read(0, header_sector, 1) != 0) bad_image("disk read failed");
  const struct rffs_header *h = check_header();
  uint32_t count = h->count;
  image_bytes = h->total_bytes;
  uint8_t *copy = kalloc_reserve_early(image_bytes);
  if (copy == NULL) bad_image("image does not fit in RAM");
  if (virtio_blk_read(0, copy, image_bytes / SECTOR_SIZE) != 0) bad_image("disk read failed");
  if (memcmp(copy, header_sector, SECTOR_SIZE) != 0) bad_image("header changed while reading");
  image = copy;
  uint32_t end = SECTOR_SIZE + count * ENTRY_SIZE;
  for (uint32_t i = 0; i < count; i++) end = check_entry(i, end);
  file_count = count;
  return (int)count;
}

/* "/name" or "name"; NULL when absent (or when the path has any other '/'). */
const struct rffs_file *rffs_lookup(const char *path) {
  if (path[0] == '/') path++;
  for (uint32_t i = 0; i < file_count; i++) {
    if (strcmp(files[i].name, path) == 0) return &files[i];
  }
  return NULL;
}

uint32_t rffs_file_count(void) { return file_count; }
uint32_t rffs_image_bytes(void) { return image_bytes; }
