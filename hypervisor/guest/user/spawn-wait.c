/* spawn-wait [K] - spawns K copies of itself (default 4) as "spawn-wait child i K"; child i
 * sleeps K-i milliseconds (so they finish in reverse order), checks that CLOCK_MONOTONIC moved
 * at least that far, and exits with 10+i (100+i if the clock did not move). The parent waits
 * for each pid in spawn order, then runs /hello once, and finally expects -ECHILD.
 * Output depends only on K and the pid allocation order, never on timing. */
#include "ulib.h"

#define MAX_CHILDREN 16

static int64_t monotonic_ns(void)
{
    struct timespec64 ts = { 0, 0 };
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static int run_child(unsigned long i, unsigned long k)
{
    int64_t ms = (int64_t)(k - i);
    int64_t start = monotonic_ns();
    long slept = nanosleep_ns(ms * 1000000);
    int64_t elapsed = monotonic_ns() - start;
    return (int)(slept == 0 && elapsed >= ms * 1000000 ? 10 + i : 100 + i);
}

static void describe_status(const char *who, long pid, int status)
{
    if (WIFEXITED(status)) printf("spawn-wait: %s (pid %ld) exited with %d\n", who, pid, WEXITSTATUS(status));
    else printf("spawn-wait: %s (pid %ld) killed by signal %d\n", who, pid, WTERMSIG(status));
}

/* Two decimal digits of n (< 100) into out[0..2]. */
static char *two_digits(char out[3], unsigned long n)
{
    out[0] = (char)('0' + n / 10 % 10), out[1] = (char)('0' + n % 10), out[2] = 0;
    return out;
}

/* Spawns "spawn-wait child i k"; returns the pid or -errno. */
static long spawn_child(unsigned long i, unsigned long k)
{
    char index[3], count[3];
    char *argv[] = { "spawn-wait", "child", two_digits(index, i), two_digits(count, k), 0 };
    return spawn("/spawn-wait", argv);
}

int main(int argc, char **argv)
{
    if (argc == 4 && strcmp(argv[1], "child") == 0) return run_child(parse_ulong(argv[2], 0), parse_ulong(argv[3], 0));
    unsigned long k = parse_ulong(argc > 1 ? argv[1] : 0, 4);
    if (k > MAX_CHILDREN) k = MAX_CHILDREN;
    long pids[MAX_CHILDREN];
    for (unsigned long i = 0; i < k; i++) pids[i] = spawn_child(i, k);
    int ok = 1;
    for (unsigned long i = 0; i < k; i++) {
        int status = -1;
        long got = pids[i] < 0 ? pids[i] : wait4(pids[i], &status, 0, 0);
        if (got != pids[i] || got < 0) {
            printf("spawn-wait: child %lu: spawn/wait returned %ld\n", i, got);
            ok = 0;
            continue;
        }
        char who[] = "child 00";
        two_digits(who + 6, i);
        describe_status(who, got, status);
        ok &= WIFEXITED(status) && WEXITSTATUS(status) == 10 + (int)i;
    }
    char *hello_argv[] = { "hello", "from-spawn-wait", 0 };
    long hello = spawn("/hello", hello_argv);
    int status = -1;
    long got = hello < 0 ? hello : wait4(hello, &status, 0, 0);
    if (got > 0) describe_status("hello", got, status);
    ok &= got > 0 && status == 0;
    long none = wait4(-1, &status, 0, 0);
    printf("spawn-wait: wait4 with no children left = %ld (want %d)\n", none, -ECHILD);
    ok &= none == -ECHILD;
    printf("spawn-wait: %s\n", ok ? "all children accounted for" : "FAILED");
    return ok ? 0 : 1;
}
