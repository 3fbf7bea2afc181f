// sortNumbers must order exactly as Float64Array.prototype.sort does, on both sides of its size switch.
import fc from "fast-check";
import { sortNumbers } from "../../src/engine/sort/sortNumbers";

const value = fc.oneof(
  { weight: 6, arbitrary: fc.double() }, // any double: ±0, ±Infinity, NaN, subnormals
  { weight: 2, arbitrary: fc.integer({ min: -50, max: 50 }) }, // many ties
  {
    weight: 1,
    arbitrary: fc.constantFrom(0, -0, NaN, Infinity, -Infinity, 5e-324, -5e-324, Number.MAX_VALUE),
  }
);

/** Elementwise Object.is (tells −0 from +0, and NaN equals NaN). */
const sameOrder = (a: Float64Array, b: Float64Array): boolean =>
  a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

describe("sortNumbers", () => {
  test.each([
    ["small arrays (built-in sort)", 0, 300],
    ["large arrays (radix sort)", 4096, 9000],
  ])("sorts %s as Float64Array.prototype.sort does", (_name, minLength, maxLength) => {
    fc.assert(
      fc.property(fc.array(value, { minLength, maxLength, size: "max" }), (list) => {
        const mine = sortNumbers(Float64Array.from(list));
        const builtIn = Float64Array.from(list).sort();
        expect(sameOrder(mine, builtIn)).toBe(true);
      }),
      { numRuns: 60 }
    );
  });

  test("puts NaNs of any bit pattern last, as the built-in sort does", () => {
    const values = Float64Array.from({ length: 6000 }, (_, i) => ((i * 7919) % 2001) - 1000);
    // Written as raw bits in the machine's byte order: a negative quiet NaN, a signalling NaN, NaNs whose
    // payload is only in the low word.
    const little = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
    const view = new DataView(values.buffer);
    for (const [at, high, low] of [
      [10, 0xfff80000, 0],
      [20, 0x7ff00000, 1],
      [30, 0xfff00000, 0x80000000],
      [40, 0x7ff00000, 0xffffffff],
    ]) {
      view.setUint32(8 * at + (little ? 4 : 0), high, little);
      view.setUint32(8 * at + (little ? 0 : 4), low, little);
    }
    expect([10, 20, 30, 40].every((at) => Number.isNaN(values[at]))).toBe(true);
    const mine = sortNumbers(values.slice());
    const builtIn = values.slice().sort();
    expect(sameOrder(mine, builtIn)).toBe(true);
    expect(Array.from(mine.slice(-4)).every(Number.isNaN)).toBe(true);
  });

  test("sorts in place and returns its argument", () => {
    const values = Float64Array.from({ length: 5000 }, (_, i) => (i * 31) % 977);
    expect(sortNumbers(values)).toBe(values);
    expect(values.every((v, i) => i === 0 || values[i - 1] <= v)).toBe(true);
  });
});
