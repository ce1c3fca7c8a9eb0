/* hello.c - prints its pid and argv: the smallest end-to-end check of spawn, the initial stack
 * and write. */
#include "ulib.h"

int main(int argc, char **argv) {
  printf("hello from %s pid=%ld\n", argv[0], getpid());
  printf("argc=%d\n", argc);
  for (int i = 0; i < argc; i++) printf("argv: %s\n", argv[i]);
  return 0;
}
