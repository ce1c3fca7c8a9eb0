/* sysfile.c - file descriptors: 0/1/2 are the UART console (reads from the UART, writes to it),
 * the rest are read-only opens of RFFS files. Data moves in bounded chunks through a kernel
 * buffer, so a huge or half-bad user buffer costs at most one chunk of work per page. */
#include "syscall.h"

#define CHUNK 256
#define PATH_MAX_LEN 64
#define O_ACCMODE 3

static struct fd *fd_get(struct proc *p, uint32_t fd) {
  if (fd >= NOFILE || p->fds[fd].kind == FD_NONE) return NULL;
  return &p->fds[fd];
}

/* openat(dirfd, path, flags, mode): the RFFS directory is flat, so dirfd is ignored. */
int32_t sys_openat(struct proc *p, const uint32_t *arg) {
  char path[PATH_MAX_LEN];
  int len = copy_string_from_user(&p->as, path, arg[1], sizeof(path));
  if (len == -E2BIG) return -ENOENT;
  if (len < 0) return len;
  const struct rffs_file *file = rffs_lookup(path);
  if (file == NULL) return (arg[2] & O_CREAT) ? -EACCES : -ENOENT;
  if ((arg[2] & O_ACCMODE) != O_RDONLY || (arg[2] & (O_CREAT | O_TRUNC | O_APPEND))) return -EACCES;
  for (uint32_t fd = 0; fd < NOFILE; fd++) {
    if (p->fds[fd].kind == FD_NONE) {
      p->fds[fd] = (struct fd){FD_FILE, file, 0};
      return (int32_t)fd;
    }
  }
  return -EMFILE;
}

int32_t sys_close(struct proc *p, const uint32_t *arg) {
  struct fd *f = fd_get(p, arg[0]);
  if (f == NULL) return -EBADF;
  *f = (struct fd){FD_NONE, NULL, 0};
  return 0;
}

/* Bytes done so far if any, else the error: a fault part way reports the partial count. */
static int32_t partial(uint32_t done, int32_t err) { return done > 0 ? (int32_t)done : err; }

static int32_t write_console(struct proc *p, uint32_t buf, uint32_t count) {
  char chunk[CHUNK];
  uint32_t done = 0;
  while (done < count) {
    uint32_t n = count - done < CHUNK ? count - done : CHUNK;
    int err = copy_from_user(&p->as, chunk, buf + done, n);
    if (err != 0) return partial(done, err);
    for (uint32_t i = 0; i < n; i++) uart_putc(chunk[i]);
    done += n;
  }
  return (int32_t)done;
}

int32_t sys_write(struct proc *p, const uint32_t *arg) {
  struct fd *f = fd_get(p, arg[0]);
  if (f == NULL || f->kind != FD_CONSOLE) return -EBADF;
  if (!user_range_ok(arg[1], arg[2])) return -EFAULT;
  return write_console(p, arg[1], arg[2]);
}

/* Blocks until the UART has at least one byte, then returns what is waiting (up to count). */
static int32_t read_console(struct proc *p, uint32_t buf, uint32_t count) {
  char chunk[CHUNK];
  if (count == 0) return 0;
  if (count > CHUNK) count = CHUNK;
  int err = user_range_ready(&p->as, buf, count, ACCESS_WRITE); /* before consuming input */
  if (err != 0) return err;
  while (!uart_has_input()) block_on(console_channel);
  uint32_t n = 0;
  int c;
  while (n < count && (c = uart_getc()) >= 0) chunk[n++] = (char)c;
  err = copy_to_user(&p->as, buf, chunk, n);
  return err != 0 ? err : (int32_t)n;
}

static int32_t read_file(struct proc *p, struct fd *f, uint32_t buf, uint32_t count) {
  uint32_t left = f->file->size - f->offset;
  if (count > left) count = left;
  uint32_t done = 0;
  while (done < count) {
    uint32_t n = count - done < PGSIZE ? count - done : PGSIZE;
    int err = copy_to_user(&p->as, buf + done, f->file->data + f->offset, n);
    if (err != 0) return partial(done, err);
    f->offset += n;
    done += n;
  }
  return (int32_t)done;
}

int32_t sys_read(struct proc *p, const uint32_t *arg) {
  struct fd *f = fd_get(p, arg[0]);
  if (f == NULL) return -EBADF;
  if (!user_range_ok(arg[1], arg[2])) return -EFAULT;
  if (f->kind == FD_CONSOLE) return read_console(p, arg[1], arg[2]);
  return read_file(p, f, arg[1], arg[2]);
}
