/* init - the first process (pid 1; the kernel spawns it with argv = ["init"]). Runs each
 * program of its argv, or with no arguments the lines of the file /initrc when the disk has one
 * (one command per line; empty lines and lines starting with '#' skipped), else the demo list
 * below, one after another: spawn, wait, report. An argument "name,arg1,arg2" runs /name with argv [name, arg1, arg2].
 * Exits 0 only if every program exited with status 0, so the machine's final status says
 * whether the whole run passed. */
#include "ulib.h"

#define MAX_ARGS 8
#define MAX_ARG_TEXT 128
#define MAX_INITRC 2048
#define MAX_COMMANDS 64

static const char *const DEMO[] = {
    "hello", "compute,100", "syscall-loop,1000", "page-touch,64", "pagetable-heavy,2",
    "regs-checksum,20", "spawn-wait,3", "syscall-errors", "fault",
};

/* Splits "name,a,b" (copied into text) into argv; returns argc or -1 if it does not fit. */
static int split_command(const char *command, char text[MAX_ARG_TEXT], char *argv[MAX_ARGS + 1])
{
    if (strlen(command) >= MAX_ARG_TEXT) return -1;
    strcpy(text, command);
    int argc = 0;
    for (char *p = text; argc < MAX_ARGS; argc++) {
        argv[argc] = p;
        const char *comma = strchr(p, ',');
        if (comma == 0) {
            argv[++argc] = 0;
            return argc;
        }
        p = (char *)comma;
        *p++ = 0;
    }
    return -1;
}

/* Runs one command to completion; returns 1 if it exited with status 0. */
static int run(const char *command)
{
    char text[MAX_ARG_TEXT], path[MAX_ARG_TEXT + 1] = "/";
    char *argv[MAX_ARGS + 1];
    if (split_command(command, text, argv) < 0) {
        printf("init: command too long: %s\n", command);
        return 0;
    }
    strcpy(path + 1, argv[0]);
    long pid = spawn(path, argv);
    if (pid < 0) {
        printf("init: spawn %s failed: %ld\n", path, pid);
        return 0;
    }
    int status = -1;
    long got = wait4(pid, &status, 0, 0);
    if (got != pid) {
        printf("init: wait4(%ld) = %ld\n", pid, got);
        return 0;
    }
    if (WIFEXITED(status)) printf("init: %s (pid %ld) exited with %d\n", argv[0], pid, WEXITSTATUS(status));
    else printf("init: %s (pid %ld) killed by signal %d\n", argv[0], pid, WTERMSIG(status));
    return status == 0;
}

/* Reads /initrc into text and points commands at its lines; returns their count, or -1 when
 * there is no /initrc (or it does not fit). */
static int read_initrc(char text[MAX_INITRC], const char *commands[MAX_COMMANDS])
{
    long fd = open("/initrc", O_RDONLY);
    if (fd < 0) return -1;
    long n = read(fd, text, MAX_INITRC);
    close(fd);
    if (n < 0 || n == MAX_INITRC) {
        printf("init: /initrc unreadable or longer than %d bytes\n", MAX_INITRC - 1);
        return -1;
    }
    text[n] = 0;
    int count = 0;
    for (char *line = text; *line != 0;) {
        char *end = (char *)strchr(line, '\n');
        if (end != 0) *end = 0;
        if (*line != 0 && *line != '#') {
            if (count == MAX_COMMANDS) {
                printf("init: /initrc has more than %d commands\n", MAX_COMMANDS);
                return -1;
            }
            commands[count++] = line;
        }
        if (end == 0) break;
        line = end + 1;
    }
    return count;
}

int main(int argc, char **argv)
{
    static char initrc[MAX_INITRC];
    static const char *rc_commands[MAX_COMMANDS];
    const char *const *commands = argc > 1 ? (const char *const *)argv + 1 : DEMO;
    int count = argc > 1 ? argc - 1 : (int)(sizeof DEMO / sizeof DEMO[0]);
    int rc_count = argc > 1 ? -1 : read_initrc(initrc, rc_commands);
    if (rc_count >= 0) {
        commands = rc_commands;
        count = rc_count;
    }
    int passed = 0;
    for (int i = 0; i < count; i++) passed += run(commands[i]);
    printf("init: %d of %d programs passed\n", passed, count);
    return passed == count ? 0 : 1;
}
