/* fault - exercises the kernel's kill path: spawns itself once per fault kind; each child
 * faults on purpose, the kernel prints one "[kernel] pid N (fault) killed: ..." line, and the
 * parent checks that wait4 reports the expected signal. Exits 0 when every child died as
 * expected. */
#include "ulib.h"

struct fault_kind {
    const char *name;
    int signal;
};

static const struct fault_kind KINDS[] = {
    { "store", SIGSEGV },       /* store to an unmapped user address: store page fault */
    { "illegal", SIGILL },      /* an all-zero instruction word is defined illegal */
    { "kernel-read", SIGSEGV }, /* load from the supervisor-only kernel mapping */
    { "ebreak", SIGTRAP },      /* breakpoint */
};

#define KIND_COUNT (sizeof KINDS / sizeof KINDS[0])

/* volatile pointers: the compiler must neither fold nor diagnose the deliberate bad accesses */
static volatile uint32_t *volatile unmapped_user = (uint32_t *)0x00000ff0u;
static volatile uint32_t *volatile kernel_word = (uint32_t *)0x80000000u;

static void do_fault(const char *kind)
{
    if (strcmp(kind, "store") == 0) *unmapped_user = 1;
    if (strcmp(kind, "illegal") == 0) __asm__ volatile(".word 0x00000000");
    if (strcmp(kind, "kernel-read") == 0) (void)*kernel_word;
    if (strcmp(kind, "ebreak") == 0) __asm__ volatile("ebreak");
}

int main(int argc, char **argv)
{
    if (argc == 2) {
        do_fault(argv[1]);
        printf("fault: %s did not fault\n", argv[1]);
        return 1;
    }
    int ok = 1;
    for (unsigned i = 0; i < KIND_COUNT; i++) {
        char *child_argv[] = { "fault", (char *)KINDS[i].name, 0 };
        long pid = spawn("/fault", child_argv);
        int status = -1;
        long got = pid < 0 ? pid : wait4(pid, &status, 0, 0);
        int as_expected = got == pid && !WIFEXITED(status) && WTERMSIG(status) == KINDS[i].signal;
        printf("fault: %s child: status 0x%x, want signal %d: %s\n", KINDS[i].name, got == pid ? status : (int)got,
               KINDS[i].signal, as_expected ? "ok" : "WRONG");
        ok &= as_expected;
    }
    return ok ? 0 : 1;
}
