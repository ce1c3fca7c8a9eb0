/* elf.h - the ELF32 structures the program loader reads (System V gABI, ELF-32 layout;
 * RISC-V psABI: EM_RISCV = 243). */
#ifndef ELF_H
#define ELF_H

#include "riscv.h"

#define ELF_MAGIC 0x464c457fu /* "\x7fELF" little-endian */
#define ELFCLASS32 1
#define ELFDATA2LSB 1
#define EV_CURRENT 1
#define ET_EXEC 2
#define EM_RISCV 243
#define PT_LOAD 1
#define PF_X 1
#define PF_W 2
#define PF_R 4

struct elf32_header {
  uint32_t magic;
  uint8_t class, data, version, osabi;
  uint8_t pad[8];
  uint16_t type, machine;
  uint32_t version2, entry, phoff, shoff, flags;
  uint16_t ehsize, phentsize, phnum, shentsize, shnum, shstrndx;
};

struct elf32_phdr {
  uint32_t type, offset, vaddr, paddr, filesz, memsz, flags, align;
};

#endif
