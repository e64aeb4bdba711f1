/**
 * Picks variants deterministically from a seed, so a draft is stable for the same input but two
 * drafts with different seeds (another offer, another day) word things differently. FNV-1a is
 * enough here: we need spread, not secrecy.
 */
export function variantPicker(seed: string): <T>(part: string, variants: readonly T[]) => T {
  return <T>(part: string, variants: readonly T[]): T => {
    const key = `${seed}|${part}`;
    let hash = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) {
      hash ^= key.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    const variant = variants[hash % variants.length];
    if (variant === undefined) throw new Error(`no variants for ${part}`);
    return variant;
  };
}

export type Pick = ReturnType<typeof variantPicker>;
