import { describe, expect, it } from 'vitest';
import { evalStatic } from './fixtures.ts';

describe('smoke', () => {
  it('adds two ints', () => {
    expect(
      evalStatic('()I', (c) => {
        c.emit('iconst_2');
        c.emit('iconst_3');
        c.emit('iadd');
        c.emit('ireturn');
      }),
    ).toBe(5);
  });
});
