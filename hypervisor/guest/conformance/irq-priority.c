/*
 * irq-priority.c - the order in which M-mode takes interrupts that are pending together.
 * Privileged spec 3.1.9: "MEI, MSI, MTI, SEI, SSI, STI" (causes 11 3 7 9 1 5). QEMU 7.2
 * without AIA takes the lowest-numbered pending interrupt instead (1 3 5 7 9 11): its fixture
 * records that, and hypervisor/guest/conformance/programs.ts marks this program as a known QEMU
 * deviation with the spec's expected output beside it.
 */
#include "irq.h"

int main(void)
{
    print("== irq-priority\n");
    take_in_order("all six", MIP_ALL6);
    show("plic claim id", plic_claimed);
    take_in_order("MEI+MSI", MIP_MEIP | MIP_MSIP);
    take_in_order("MTI+SSI", MIP_MTIP | MIP_SSIP);
    take_in_order("SEI+STI", MIP_SEIP | MIP_STIP);
    print("done\n");
    return 0;
}
