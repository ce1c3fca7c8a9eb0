/* virtio_blk.c - a polled driver for one modern (version 2) virtio-mmio block device, enough to
 * read sectors at boot. References: virtio 1.1 §4.2.2 (MMIO registers), §3.1.1 (driver
 * initialisation), §2.6 (split virtqueues), §5.2.6 (block requests). One request at a time; the
 * kernel waits for each by polling the used ring (no PLIC, no interrupts). */
#include "kernel.h"

#define VIRTIO_MAGIC 0x74726976u /* "virt" */
#define VIRTIO_VERSION_MODERN 2
#define VIRTIO_ID_BLOCK 2

enum virtio_mmio_reg {
  MAGIC = 0x000, VERSION = 0x004, DEVICE_ID = 0x008, DEVICE_FEATURES = 0x010,
  DEVICE_FEATURES_SEL = 0x014, DRIVER_FEATURES = 0x020, DRIVER_FEATURES_SEL = 0x024,
  QUEUE_SEL = 0x030, QUEUE_NUM_MAX = 0x034, QUEUE_NUM = 0x038, QUEUE_READY = 0x044,
  QUEUE_NOTIFY = 0x050, INTERRUPT_STATUS = 0x060, INTERRUPT_ACK = 0x064, STATUS = 0x070,
  QUEUE_DESC_LOW = 0x080, QUEUE_DESC_HIGH = 0x084, QUEUE_DRIVER_LOW = 0x090,
  QUEUE_DRIVER_HIGH = 0x094, QUEUE_DEVICE_LOW = 0x0a0, QUEUE_DEVICE_HIGH = 0x0a4,
  CONFIG = 0x100, /* virtio_blk_config: capacity (u64, in 512-byte sectors) first */
};

/* Device status bits (§2.1) */
#define STATUS_ACKNOWLEDGE 1
#define STATUS_DRIVER 2
#define STATUS_DRIVER_OK 4
#define STATUS_FEATURES_OK 8
#define FEATURE_VERSION_1_HIGH 1u /* VIRTIO_F_VERSION_1 is feature bit 32 */

#define QUEUE_SIZE 8
#define DESC_F_NEXT 1
#define DESC_F_WRITE 2
#define AVAIL_F_NO_INTERRUPT 1
#define BLK_T_IN 0
#define SECTOR_SIZE 512
#define MAX_SECTORS_PER_REQUEST 128
#define REQUEST_TIMEOUT_TICKS (5 * TICKS_PER_SEC)

struct virtq_desc {
  uint64_t addr;
  uint32_t len;
  uint16_t flags, next;
};
struct virtq_avail {
  uint16_t flags, idx, ring[QUEUE_SIZE], used_event;
};
struct virtq_used_elem {
  uint32_t id, len;
};
struct virtq_used {
  uint16_t flags, idx;
  struct virtq_used_elem ring[QUEUE_SIZE];
  uint16_t avail_event;
};

/* The queue's three parts, in one page of kernel memory: the device reads and writes them by
 * physical address, and the kernel maps RAM 1:1. Alignments per §2.6: 16, 2, 4. */
static struct {
  struct virtq_desc desc[QUEUE_SIZE];
  struct virtq_avail avail __attribute__((aligned(16)));
  struct virtq_used used __attribute__((aligned(16)));
} queue __attribute__((aligned(4096)));

static struct {
  uint32_t type, reserved;
  uint64_t sector;
} request_header __attribute__((aligned(16)));
static volatile uint8_t request_status;

static uint32_t device_va;  /* 0 until probed */
static uint16_t queue_num;  /* negotiated size: rings wrap at this, not at QUEUE_SIZE */
static uint16_t last_used;

static volatile uint32_t *reg(uint32_t offset) { return (volatile uint32_t *)(device_va + offset); }

/* §3.1.1 steps 1-8: reset, acknowledge, negotiate VERSION_1 only, set up queue 0, DRIVER_OK. */
static int device_init(void) {
  *reg(STATUS) = 0;
  *reg(STATUS) = STATUS_ACKNOWLEDGE;
  *reg(STATUS) = STATUS_ACKNOWLEDGE | STATUS_DRIVER;
  *reg(DEVICE_FEATURES_SEL) = 1;
  if ((*reg(DEVICE_FEATURES) & FEATURE_VERSION_1_HIGH) == 0) return -1;
  *reg(DRIVER_FEATURES_SEL) = 0;
  *reg(DRIVER_FEATURES) = 0;
  *reg(DRIVER_FEATURES_SEL) = 1;
  *reg(DRIVER_FEATURES) = FEATURE_VERSION_1_HIGH;
  *reg(STATUS) = STATUS_ACKNOWLEDGE | STATUS_DRIVER | STATUS_FEATURES_OK;
  if ((*reg(STATUS) & STATUS_FEATURES_OK) == 0) return -1;
  *reg(QUEUE_SEL) = 0;
  if (*reg(QUEUE_READY) != 0 || *reg(QUEUE_NUM_MAX) < 3) return -1;
  queue_num = QUEUE_SIZE <= *reg(QUEUE_NUM_MAX) ? QUEUE_SIZE : (uint16_t)*reg(QUEUE_NUM_MAX);
  *reg(QUEUE_NUM) = queue_num;
  queue.avail.flags = AVAIL_F_NO_INTERRUPT;
  *reg(QUEUE_DESC_LOW) = (uint32_t)queue.desc;
  *reg(QUEUE_DESC_HIGH) = 0;
  *reg(QUEUE_DRIVER_LOW) = (uint32_t)&queue.avail;
  *reg(QUEUE_DRIVER_HIGH) = 0;
  *reg(QUEUE_DEVICE_LOW) = (uint32_t)&queue.used;
  *reg(QUEUE_DEVICE_HIGH) = 0;
  *reg(QUEUE_READY) = 1;
  *reg(STATUS) = STATUS_ACKNOWLEDGE | STATUS_DRIVER | STATUS_FEATURES_OK | STATUS_DRIVER_OK;
  return 0;
}

/* Finds the first modern virtio-blk among the 8 slots and initialises it. 0, or -1: no disk. */
int virtio_blk_probe(void) {
  for (uint32_t slot = 0; slot < VIRTIO_SLOTS; slot++) {
    device_va = VIRTIO_VA + slot * 0x1000;
    if (*reg(MAGIC) != VIRTIO_MAGIC || *reg(DEVICE_ID) != VIRTIO_ID_BLOCK) continue;
    if (*reg(VERSION) != VIRTIO_VERSION_MODERN) {
      kprintf("[kernel] virtio slot %u: legacy block device (version %u) ignored\n", slot, *reg(VERSION));
      continue;
    }
    if (device_init() == 0) return 0;
    kprintf("[kernel] virtio slot %u: block device refused initialisation\n", slot);
  }
  device_va = 0;
  return -1;
}

uint64_t virtio_blk_capacity(void) {
  return ((uint64_t)*reg(CONFIG + 4) << 32) | *reg(CONFIG);
}

static void set_desc(uint32_t i, void *addr, uint32_t len, uint16_t flags, uint16_t next) {
  queue.desc[i] = (struct virtq_desc){(uint32_t)addr, len, flags, next};
}

/* One read request: header (device reads), data (device writes), status byte (device writes). */
static int read_request(uint32_t sector, void *buf, uint32_t count) {
  request_header.type = BLK_T_IN;
  request_header.reserved = 0;
  request_header.sector = sector;
  request_status = 0xff;
  set_desc(0, &request_header, sizeof(request_header), DESC_F_NEXT, 1);
  set_desc(1, buf, count * SECTOR_SIZE, DESC_F_NEXT | DESC_F_WRITE, 2);
  set_desc(2, (void *)&request_status, 1, DESC_F_WRITE, 0);
  queue.avail.ring[queue.avail.idx % queue_num] = 0;
  fence(); /* descriptors before the index (§2.6.13) */
  queue.avail.idx++;
  fence();
  *reg(QUEUE_NOTIFY) = 0;
  uint64_t deadline = time_now() + REQUEST_TIMEOUT_TICKS;
  while (*(volatile uint16_t *)&queue.used.idx == last_used) {
    if (time_now() > deadline) return -1;
  }
  fence();
  last_used++;
  *reg(INTERRUPT_ACK) = *reg(INTERRUPT_STATUS);
  return request_status == 0 ? 0 : -1;
}

/* Reads `count` sectors from `sector` into `buf` (physical = kernel address). 0 or -1. */
int virtio_blk_read(uint32_t sector, void *buf, uint32_t count) {
  uint8_t *dst = buf;
  while (count > 0) {
    uint32_t n = count < MAX_SECTORS_PER_REQUEST ? count : MAX_SECTORS_PER_REQUEST;
    if (read_request(sector, dst, n) != 0) return -1;
    sector += n;
    dst += n * SECTOR_SIZE;
    count -= n;
  }
  return 0;
}
