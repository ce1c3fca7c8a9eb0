/* cat.c - reads one line from fd 0 (the UART) and echoes it: console input works and a reader
 * blocks without stopping other processes. */
#include "ulib.h"

int main(void) {
  char line[80];
  uint32_t n = 0;
  while (n < sizeof(line)) {
    int32_t r = SC(SYS_read, 0, line + n, 1, 0);
    if (r <= 0) break;
    if (line[n] == '\n') break;
    n++;
  }
  puts_("got: ");
  write(1, line, n);
  puts_("\n");
  return 0;
}
