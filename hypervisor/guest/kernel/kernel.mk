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
# The test programs use the user programs' C runtime (user/README.md): crt0, ulib (syscall
# wrappers returning -errno), string, printf and link.ld. Its objects are user/Makefile's own,
# built there with its flags (FORCE asks user/Makefile each time; an ELF relinks only if one of
# them changed). The link drops debug sections (only libgcc's 64-bit division, used by printf,
# has any): they would quadruple the ELFs, and the kernel tests build small disk images from them.
USER_RUNTIME   := user/build/crt0.o user/build/ulib.o user/build/string.o user/build/printf.o
UCFLAGS        := $(CFLAGS) -std=gnu11 -Wall -Wextra -Werror -fno-common -fno-builtin \
                  -fno-stack-protector -I include -I user

.SECONDARY: $(KERNEL_OBJ) $(TESTPROGS:.elf=.o)

kernel: $(KERNEL_ELF) $(TESTPROGS)

$(KERNEL_ELF): $(KERNEL_OBJ) kernel/link.ld
	$(CC) $(ARCH) $(LDFLAGS) -T kernel/link.ld -o $@ $(KERNEL_OBJ) $(LIBGCC)

kernel/%.o: kernel/%.c $(KERNEL_HDR) Makefile kernel/kernel.mk
	$(CC) $(KCFLAGS) -c -o $@ $<

kernel/%.o: kernel/%.S Makefile kernel/kernel.mk
	$(CC) $(KCFLAGS) -c -o $@ $<

kernel/testprog/%.elf: kernel/testprog/%.o $(USER_RUNTIME) user/link.ld
	$(CC) $(ARCH) $(LDFLAGS) -Wl,--strip-debug -T user/link.ld -o $@ $(USER_RUNTIME) $< $(LIBGCC)

kernel/testprog/%.o: kernel/testprog/%.c user/ulib.h include/syscalls.h Makefile kernel/kernel.mk
	$(CC) $(UCFLAGS) -c -o $@ $<

$(USER_RUNTIME): FORCE
	$(MAKE) -C user $(@:user/%=%)

.PHONY: FORCE
FORCE:

# The scenarios live in kernel/check.sh (they need images built with mkfs.ts, i.e. node).
kernel-check: kernel
	QEMU=$(QEMU) TIMEOUT=$(TIMEOUT) sh kernel/check.sh

.PHONY: kernel-clean
kernel-clean:
	rm -f kernel/*.o kernel/testprog/*.o
