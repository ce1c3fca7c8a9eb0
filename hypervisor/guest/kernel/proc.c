/* proc.c - the process table, the round-robin scheduler, blocking and waking, exit and wait.
 * The state machine is drawn in proc.h. One hart, and the kernel never takes an interrupt while
 * it runs (sstatus.SIE stays 0), so nothing here needs a lock: a process leaves the CPU only
 * inside sched(). */
#include "proc.h"

#define WAIT_SIGNAL_MASK 0x7f

static struct proc procs[NPROC];
static struct proc *running;         /* the process on the hart, NULL in the scheduler */
static struct context scheduler_ctx; /* where sched() returns to */
static struct proc *init_proc;       /* the first process; orphans go to it */
static int32_t next_pid = 1;
static uint32_t last_slot;           /* round-robin position */

const char console_channel[1]; /* readers of fd 0 block on this */
static const char sleep_channel[1];

struct proc *current_proc(void) { return running; }

/* A new process runs this first, on its own kernel stack, when the scheduler picks it. */
static void first_run(void) { user_return(); }

static void init_fds(struct proc *p) {
  for (int fd = 0; fd < 3; fd++) p->fds[fd].kind = FD_CONSOLE;
}

/* Claims an UNUSED slot (UNUSED -> EMBRYO); NULL when the table is full. */
struct proc *proc_alloc(const char *name) {
  for (uint32_t i = 0; i < NPROC; i++) {
    struct proc *p = &procs[i];
    if (p->state != UNUSED) continue;
    memset(p, 0, sizeof(*p) - sizeof(p->kstack));
    p->state = EMBRYO;
    p->pid = next_pid++;
    strlcpy_k(p->name, name, sizeof(p->name));
    p->tf.kernel_sp = (uint32_t)(p->kstack + KSTACK_SIZE);
    p->ctx.ra = (uint32_t)first_run;
    p->ctx.sp = p->tf.kernel_sp;
    init_fds(p);
    return p;
  }
  return NULL;
}

/* EMBRYO -> UNUSED when spawn fails half way. */
void proc_free_embryo(struct proc *p) {
  if (p->as.root != NULL) uvm_destroy(p->as.root);
  p->as.root = NULL;
  p->state = UNUSED;
}

/* EMBRYO -> READY. The first process to become ready is init. */
void proc_make_ready(struct proc *p) {
  if (init_proc == NULL) init_proc = p;
  p->state = READY;
}

static struct proc *pick_next(void) {
  for (uint32_t n = 1; n <= NPROC; n++) {
    uint32_t i = (last_slot + n) % NPROC;
    if (procs[i].state == READY) {
      last_slot = i;
      return &procs[i];
    }
  }
  return NULL;
}

/* Nothing to run: wait for the next interrupt. sstatus.SIE is 0, so interrupts do not trap here;
 * WFI still wakes because sie.STIE and sie.SEIE are set (priv spec 3.3.3), and what woke it is
 * served by looking at sip. */
static void idle(void) {
  wfi();
  uint32_t pending = csr_read(sip);
  if (pending & MIP_STIP) timer_tick();
  if (pending & MIP_SEIP) external_interrupt();
}

/* The scheduler loop, run by kmain on the boot stack: READY -> RUNNING, round robin. */
void scheduler(void) {
  for (;;) {
    struct proc *p = pick_next();
    if (p == NULL) {
      idle();
      continue;
    }
    p->state = RUNNING;
    running = p;
    vm_switch(p->as.root);
    swtch(&scheduler_ctx, &p->ctx);
    running = NULL;
    /* The scheduler stays on the last process's table (as Linux's lazy TLB mode): every root
     * holds the kernel half, and switching to the kernel's table and back flushed the TLB twice
     * per tick. A root is freed only by reap, in the parent, on the parent's table. */
  }
}

/* Gives the hart back to the scheduler; the caller has already changed running->state. */
static void sched(void) {
  struct proc *p = running;
  if (p->state == RUNNING) panic("sched: pid %d still RUNNING", p->pid);
  swtch(&p->ctx, &scheduler_ctx);
}

/* RUNNING -> READY (timer tick, sched_yield). */
void yield(void) {
  running->state = READY;
  sched();
}

/* RUNNING -> BLOCKED until wake_all(channel). Callers re-check their condition in a loop. */
void block_on(const void *channel) {
  running->wait_channel = channel;
  running->state = BLOCKED;
  sched();
  running->wait_channel = NULL;
}

/* BLOCKED on channel -> READY, for every such process. */
void wake_all(const void *channel) {
  for (uint32_t i = 0; i < NPROC; i++) {
    if (procs[i].state == BLOCKED && procs[i].wait_channel == channel) procs[i].state = READY;
  }
}

/* Blocks the running process until time_now() >= deadline. */
void sleep_until(uint64_t deadline) {
  while (time_now() < deadline) {
    running->wake_at = deadline;
    block_on(sleep_channel);
  }
}

/* Called on every timer tick: sleepers whose deadline has passed become READY. */
void wake_sleepers(uint64_t now) {
  for (uint32_t i = 0; i < NPROC; i++) {
    struct proc *p = &procs[i];
    if (p->state == BLOCKED && p->wait_channel == sleep_channel && now >= p->wake_at) p->state = READY;
  }
}

/* init's end is the machine's end (contracts): status 0 -> pass, exit code c -> failure c,
 * killed by signal s -> failure 128 + s (the shell convention). */
static void power_off_for_init(int32_t wait_status) {
  uint32_t signal = (uint32_t)wait_status & WAIT_SIGNAL_MASK;
  if (signal != 0) power_off_failure(128 + signal);
  uint32_t code = ((uint32_t)wait_status >> 8) & 0xff;
  if (code == 0) power_off_success();
  power_off_failure(code);
}

static void reparent_children(struct proc *p) {
  for (uint32_t i = 0; i < NPROC; i++) {
    if (procs[i].state != UNUSED && procs[i].parent == p) {
      procs[i].parent = init_proc;
      if (procs[i].state == ZOMBIE) wake_all(init_proc);
    }
  }
}

/* RUNNING -> ZOMBIE with a wait4 status word; frees the user memory now, the slot at reaping. */
void proc_exit(int32_t wait_status) {
  struct proc *p = running;
  if (p == init_proc) power_off_for_init(wait_status);
  uvm_free_user(p->as.root);
  reparent_children(p);
  p->exit_status = wait_status;
  p->state = ZOMBIE;
  wake_all(p->parent);
  sched();
  panic("zombie pid %d ran again", p->pid);
}

/* ZOMBIE -> UNUSED. Runs in the parent, on the parent's page table. */
static int32_t reap(struct proc *child, int32_t *status) {
  int32_t pid = child->pid;
  *status = child->exit_status;
  uvm_destroy(child->as.root);
  child->as.root = NULL;
  child->state = UNUSED;
  return pid;
}

/* Looks for a child matching `pid` (-1 or 0: any). Sets *zombie to an exited one if any;
 * returns whether any child matches at all. */
static int find_child(struct proc *parent, int32_t pid, struct proc **zombie) {
  int found = 0;
  *zombie = NULL;
  for (uint32_t i = 0; i < NPROC; i++) {
    struct proc *c = &procs[i];
    if (c->state == UNUSED || c->parent != parent) continue;
    if (pid > 0 && c->pid != pid) continue;
    found = 1;
    if (c->state == ZOMBIE) *zombie = c;
  }
  return found;
}

/* wait4(pid, status, options, NULL): blocks until a matching child exits (unless WNOHANG).
 * Returns the child's pid, 0 (WNOHANG, none exited yet) or -errno. */
int32_t proc_wait(int32_t pid, uint32_t status_addr, uint32_t options) {
  struct proc *p = running;
  if ((options & ~(uint32_t)WNOHANG) != 0 || pid < -1) return -EINVAL;
  for (;;) {
    struct proc *zombie;
    if (!find_child(p, pid, &zombie)) return -ECHILD;
    if (zombie != NULL) {
      int32_t status = zombie->exit_status;
      if (status_addr != 0) {
        int err = copy_to_user(&p->as, status_addr, &status, sizeof(status));
        if (err != 0) return err; /* the child stays a zombie for a later, correct wait */
      }
      return reap(zombie, &status);
    }
    if (options & WNOHANG) return 0;
    block_on(p);
  }
}
