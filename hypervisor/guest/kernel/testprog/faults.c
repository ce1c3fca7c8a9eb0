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
    int32_t pid = spawn("/crash", argv);
    int status = -1;
    int32_t got = waitpid(pid, &status, 0);
    puts_(kinds[i]);
    puts_(": status=");
    put_hex((uint32_t)status);
    puts_(got == pid ? " (reaped)\n" : " (wait failed)\n");
  }
  puts_("faults done; init still alive\n");
  return 0;
}
