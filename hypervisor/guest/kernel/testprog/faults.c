/* faults.c - (run as init) spawns crash.c once per kind of fault and prints each child's wait4
 * status; the kernel must survive all of them and this process must keep running. */
#include "ulib.h"

static const char *const kinds[] = {
    "null", "kernel", "device", "store-text", "illegal", "csr", "ebreak", "misaligned-amo",
    "wild-jump", "exec-stack", "stack-overflow", "munmapped", "prot-none", "none",
};

int main(void) {
  for (uint32_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++) {
    char *argv[] = {"crash", (char *)kinds[i], 0};
    long pid = spawn("/crash", argv);
    int status = -1;
    long got = wait4(pid, &status, 0, 0);
    printf("%s: status=0x%08x%s\n", kinds[i], (unsigned)status, got == pid ? " (reaped)" : " (wait failed)");
  }
  printf("faults done; init still alive\n");
  return 0;
}
