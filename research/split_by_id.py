"""The benchmark's held-out split by id, bit-identical to lib/router/learned/data/split-by-id.ts:
a row is held out when mix32(fnv1a32("<seed>:<id>")) / 2^32 < holdout. FNV-1a runs over UTF-16
code units, as JavaScript's charCodeAt does."""
M32 = 0xFFFFFFFF


def fnv1a32(text, seed=0x811C9DC5):
    h = seed
    units = text.encode("utf-16-le")
    for i in range(0, len(units), 2):
        h ^= units[i] | (units[i + 1] << 8)
        h = (h * 0x01000193) & M32
    return h


def mix32(h):
    h &= M32
    h = ((h ^ (h >> 16)) * 0x85EBCA6B) & M32
    h = ((h ^ (h >> 13)) * 0xC2B2AE35) & M32
    return (h ^ (h >> 16)) & M32


def is_test(id_, seed, holdout=0.3):
    return mix32(fnv1a32(f"{seed}:{id_}")) / 4294967296 < holdout
