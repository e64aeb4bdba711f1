/**
 * A seeded source of uniform numbers in [0, 1), so that sampling gives the same figures for the
 * same seed on every machine and in the browser (Math.random cannot be seeded).
 *
 * The generator is sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, from PractRand,
 * public domain): 128 bits of state, passes PractRand and BigCrush, and needs only 32-bit integer
 * operations, which JavaScript does natively. The seed is spread over the state with splitmix32 so
 * that nearby seeds give unrelated streams.
 *
 * @example
 * const next = seededRandom(42);
 * next(); // the same number on every run
 */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  const splitmix32 = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix32();
  let b = splitmix32();
  let c = splitmix32();
  let d = splitmix32();
  return () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}
