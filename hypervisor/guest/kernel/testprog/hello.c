/* hello.c - prints its pid and argv: the smallest end-to-end check of spawn, the initial stack
 * and write. */
#include "ulib.h"

int main(int argc, char **argv) {
  puts_("hello from ");
  puts_(argv[0]);
  report(" pid", SC(SYS_getpid, 0, 0, 0, 0));
  report("argc", argc);
  for (int i = 0; i < argc; i++) {
    puts_("argv: ");
    puts_(argv[i]);
    puts_("\n");
  }
  return 0;
}
