/* cat.c - reads one line from fd 0 (the UART) and echoes it: console input works and a reader
 * blocks without stopping other processes. */
#include "ulib.h"

int main(void) {
  char line[80];
  uint32_t n = 0;
  while (n < sizeof(line)) {
    long r = read(STDIN, line + n, 1);
    if (r <= 0) break;
    if (line[n] == '\n') break;
    n++;
  }
  printf("got: ");
  write(STDOUT, line, n);
  printf("\n");
  return 0;
}
