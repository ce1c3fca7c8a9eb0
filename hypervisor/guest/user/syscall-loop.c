/* syscall-loop [N] - N getpid calls (default 100000): the cost of the user -> kernel -> user
 * round trip. Prints a summary that does not depend on timing. */
#include "ulib.h"

int main(int argc, char **argv)
{
    unsigned long n = parse_ulong(argc > 1 ? argv[1] : 0, 100000);
    long pid = getpid();
    unsigned long same = 0;
    for (unsigned long i = 0; i < n; i++) {
        if (getpid() == pid) same++;
    }
    printf("syscall-loop: %lu getpid calls, %lu returned pid %ld\n", n, same, pid);
    return same == n ? 0 : 1;
}
