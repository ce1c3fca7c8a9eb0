/* riscv.h - CSR access, CSR bit fields and Sv32 page-table entries for the RV32 guest kernel.
 * Field positions follow the RISC-V privileged spec 20211203 (sections cited per group). */
#ifndef RISCV_H
#define RISCV_H

typedef unsigned char uint8_t;
typedef unsigned short uint16_t;
typedef unsigned int uint32_t;
typedef unsigned long long uint64_t;
typedef signed char int8_t;
typedef int int32_t;
typedef long long int64_t;
typedef unsigned int size_t;
typedef unsigned int uintptr_t;

#define csr_read(csr) ({ uint32_t v_; __asm__ volatile("csrr %0, " #csr : "=r"(v_)); v_; })
#define csr_write(csr, val) __asm__ volatile("csrw " #csr ", %0" ::"rK"((uint32_t)(val)))
#define csr_set(csr, bits) __asm__ volatile("csrs " #csr ", %0" ::"rK"((uint32_t)(bits)))
#define csr_clear(csr, bits) __asm__ volatile("csrc " #csr ", %0" ::"rK"((uint32_t)(bits)))

/* mstatus / sstatus (priv spec 3.1.6, 4.1.1) */
#define MSTATUS_MPP_MASK (3u << 11)
#define MSTATUS_MPP_S (1u << 11)
#define MSTATUS_MIE (1u << 3)
#define SSTATUS_SIE (1u << 1)
#define SSTATUS_SPIE (1u << 5)
#define SSTATUS_SPP (1u << 8)
#define SSTATUS_SUM (1u << 18)
#define SCOUNTEREN_TM (1u << 1)

/* Interrupt bits in mip/mie/sip/sie, numbered as interrupt cause codes (priv spec 3.1.9) */
#define IRQ_S_SOFT 1
#define IRQ_S_TIMER 5
#define IRQ_M_TIMER 7
#define IRQ_S_EXT 9
#define MIP_STIP (1u << IRQ_S_TIMER)
#define MIP_MTIP (1u << IRQ_M_TIMER)
#define MIE_MTIE (1u << IRQ_M_TIMER)
#define SIE_STIE (1u << IRQ_S_TIMER)
#define MIP_SEIP (1u << IRQ_S_EXT)
#define SIE_SEIE (1u << IRQ_S_EXT)
#define CAUSE_INTERRUPT 0x80000000u

/* Exception causes (priv spec 3.1.15, table 3.6) */
enum exception_cause {
  EXC_INSN_MISALIGNED = 0,
  EXC_INSN_ACCESS = 1,
  EXC_ILLEGAL_INSN = 2,
  EXC_BREAKPOINT = 3,
  EXC_LOAD_MISALIGNED = 4,
  EXC_LOAD_ACCESS = 5,
  EXC_STORE_MISALIGNED = 6,
  EXC_STORE_ACCESS = 7,
  EXC_ECALL_U = 8,
  EXC_ECALL_S = 9,
  EXC_ECALL_M = 11,
  EXC_INSN_PAGE_FAULT = 12,
  EXC_LOAD_PAGE_FAULT = 13,
  EXC_STORE_PAGE_FAULT = 15,
};

/* Sv32 (priv spec 4.3):
 *
 *   virtual address   | VPN[1] 31..22 | VPN[0] 21..12 | page offset 11..0 |
 *   page-table entry  | PPN[1] 31..20 | PPN[0] 19..10 | RSW 9..8 | D A G U X W R V |
 *   satp              | MODE 31 (1 = Sv32) | ASID 30..22 | root PPN 21..0 |
 *
 * A root entry with R|W|X set is a 4 MiB megapage leaf (its PPN[0] must be 0). */
#define PTE_V (1u << 0)
#define PTE_R (1u << 1)
#define PTE_W (1u << 2)
#define PTE_X (1u << 3)
#define PTE_U (1u << 4)
#define PTE_G (1u << 5)
#define PTE_A (1u << 6)
#define PTE_D (1u << 7)
#define PTE_RWX (PTE_R | PTE_W | PTE_X)
#define PGSIZE 4096u
#define MEGAPAGE (4u << 20)
#define PGROUNDDOWN(a) ((uint32_t)(a) & ~(PGSIZE - 1))
#define PGROUNDUP(a) (((uint32_t)(a) + PGSIZE - 1) & ~(PGSIZE - 1))
#define VPN1(va) (((uint32_t)(va) >> 22) & 0x3ff)
#define VPN0(va) (((uint32_t)(va) >> 12) & 0x3ff)
#define PA2PTE(pa) (((uint32_t)(pa) >> 12) << 10)
#define PTE2PA(pte) (((uint32_t)(pte) >> 10) << 12)
#define SATP_SV32 (1u << 31)
#define MAKE_SATP(root) (SATP_SV32 | ((uint32_t)(root) >> 12))

static inline void sfence_vma(void) { __asm__ volatile("sfence.vma zero, zero" ::: "memory"); }
static inline void sfence_vma_page(uint32_t va) { __asm__ volatile("sfence.vma %0, zero" ::"r"(va) : "memory"); }
static inline void wfi(void) { __asm__ volatile("wfi"); }
static inline void fence(void) { __asm__ volatile("fence rw, rw" ::: "memory"); }

#endif
