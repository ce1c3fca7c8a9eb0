/* hello - the first user program: prints its pid (init is pid 1, so the pid is deterministic
 * for a given spawn order) and its arguments. */
#include "ulib.h"

int main(int argc, char **argv)
{
    printf("hello from user space, pid %ld\n", getpid());
    for (int i = 1; i < argc; i++) printf("hello: argv[%d] = %s\n", i, argv[i]);
    return 0;
}
