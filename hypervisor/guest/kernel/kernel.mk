# kernel/kernel.mk - included by hypervisor/guest/Makefile (paths relative to hypervisor/guest).
# Builds kernel/kernel.elf (M-mode firmware + S-mode kernel) and the kernel's own test programs
# kernel/testprog/*.elf, and runs the QEMU scenarios (kernel-check).

KERNEL_ELF  := kernel/kernel.elf
KERNEL_SRC  := $(sort $(wildcard kernel/*.c kernel/*.S))
KERNEL_OBJ  := $(patsubst %.S,%.o,$(patsubst %.c,%.o,$(KERNEL_SRC)))
KERNEL_HDR  := $(wildcard kernel/*.h) include/syscalls.h
KERNEL_DEFS ?=
KCFLAGS     := $(CFLAGS) -std=gnu11 -Wall -Wextra -Werror -fno-common -fno-builtin \
               -fno-stack-protector -fno-omit-frame-pointer -nostdinc -I include $(KERNEL_DEFS)

TESTPROG_NAMES := hello exitcode errors faults crash spin timeprog memprog cat mutants hog bomb
TESTPROGS      := $(addprefix kernel/testprog/,$(addsuffix .elf,$(TESTPROG_NAMES)))
TESTPROG_LIB   := kernel/testprog/crt0.o kernel/testprog/ulib.o
UCFLAGS        := $(CFLAGS) -std=gnu11 -Wall -Wextra -Werror -fno-common -fno-builtin \
                  -fno-stack-protector -nostdinc -I include

.SECONDARY: $(KERNEL_OBJ) $(TESTPROGS:.elf=.o) $(TESTPROG_LIB)

kernel: $(KERNEL_ELF) $(TESTPROGS)

$(KERNEL_ELF): $(KERNEL_OBJ) kernel/link.ld
	$(CC) $(ARCH) $(LDFLAGS) -T kernel/link.ld -o $@ $(KERNEL_OBJ) $(LIBGCC)

kernel/%.o: kernel/%.c $(KERNEL_HDR) Makefile kernel/kernel.mk
	$(CC) $(KCFLAGS) -c -o $@ $<

kernel/%.o: kernel/%.S Makefile kernel/kernel.mk
	$(CC) $(KCFLAGS) -c -o $@ $<

kernel/testprog/%.elf: kernel/testprog/%.o $(TESTPROG_LIB) kernel/testprog/user.ld
	$(CC) $(ARCH) $(LDFLAGS) -T kernel/testprog/user.ld -o $@ $(TESTPROG_LIB) $< $(LIBGCC)

kernel/testprog/%.o: kernel/testprog/%.c kernel/testprog/ulib.h include/syscalls.h Makefile kernel/kernel.mk
	$(CC) $(UCFLAGS) -c -o $@ $<

kernel/testprog/%.o: kernel/testprog/%.S Makefile kernel/kernel.mk
	$(CC) $(UCFLAGS) -c -o $@ $<

# The scenarios live in kernel/check.sh (they need images built with mkfs.ts, i.e. node).
kernel-check: kernel
	QEMU=$(QEMU) TIMEOUT=$(TIMEOUT) sh kernel/check.sh

.PHONY: kernel-clean
kernel-clean:
	rm -f kernel/*.o kernel/testprog/*.o
