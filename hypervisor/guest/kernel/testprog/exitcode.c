/* exitcode.c - exits with the number in argv[1] (default 7): the exit status must reach the
 * parent's wait4 and, for init, QEMU's exit status. */
#include "ulib.h"

int main(int argc, char **argv) {
  int code = 7;
  if (argc > 1) {
    code = 0;
    for (const char *c = argv[1]; *c; c++) code = code * 10 + (*c - '0');
  }
  printf("exiting with %d\n", code);
  return code;
}
