// Local-variable slots for one method: the checker numbers declared variables (symbols.ts
// LocalVar.slot, one slot per value); the code generator adds its own temporaries (a saved
// return value, a caught exception rethrown after finally, a String-switch selector) above
// every slot the checker used. Hands on max_locals.

import type { LocalVar } from '../symbols.ts';

export class LocalAllocator {
  /** First slot free for temporaries. */
  private next: number;
  private highWater: number;
  /**
   * Added to checker slots while generating an instance initializer inlined into a
   * constructor: the initializer's locals were numbered after `this` alone, the
   * constructor also has its parameters below them.
   */
  private offset = 0;

  constructor(checkerSlots: number) {
    this.next = checkerSlots;
    this.highWater = checkerSlots;
  }

  /** The slot of a checker-declared variable in the code being generated now. */
  slotOf(local: LocalVar): number {
    const slot = local.slot + this.offset;
    this.note(slot + 1);
    return slot;
  }

  /** Runs `body` with checker slots shifted by `offset` (see `offset`). */
  withOffset<R>(offset: number, body: () => R): R {
    const saved = this.offset;
    this.offset = offset;
    try {
      return body();
    } finally {
      this.offset = saved;
    }
  }

  /** Reserves slots a shifted body may use, so temporaries start above them. */
  reserve(slots: number): void {
    if (slots > this.next) this.next = slots;
    this.note(slots);
  }

  /** A fresh temporary slot; release in LIFO order. */
  allocTemp(): number {
    const slot = this.next++;
    this.note(this.next);
    return slot;
  }

  release(slot: number): void {
    if (slot === this.next - 1) this.next--;
  }

  get maxLocals(): number {
    return this.highWater;
  }

  private note(count: number): void {
    if (count > this.highWater) this.highWater = count;
  }
}
