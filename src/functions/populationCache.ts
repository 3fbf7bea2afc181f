/* The content-keyed population cache that makes copied-down formulas fast.

   `=CRM.TIER(B2, B$2:B$5000)` filled down 5,000 rows calls the function 5,000 times with the same
   population, but Excel hands every call its own fresh copy of the range, so object identity is no
   key. The key is the content: a fast hash of every cell (numbers by their bits, every non-number as
   one tag, because only numbers count), verified cell by cell against the stored population on a hit,
   so a changed value can never be served a stale answer. The most recently used population is
   compared first without hashing: a copy-down hits it on every call, for one pass over the cells.
   Memory is bounded: at most `maxEntries` populations and `maxCells` cells in all, least recently
   used first out; a population larger than `maxCells` is computed but not kept. */
import { Matrix } from "./args";
import { Population, readPopulation, sameCells } from "./population";

export interface PopulationCacheOptions {
  maxEntries?: number;
  maxCells?: number;
}

export interface CacheStats {
  hits: number;
  misses: number;
  entries: number;
  cells: number;
}

interface Entry {
  hash: number;
  population: Population;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const NOT_A_NUMBER = 0x9e3779b9;

/** 32-bit hash of the cells that count (see sameCells); -1 when the matrix is not rectangular. */
export function hashCells(matrix: Matrix): number {
  const rows = matrix.length;
  const cols = Array.isArray(matrix[0]) ? matrix[0].length : 0;
  let h = Math.imul(rows ^ 0x811c9dc5, 16777619) ^ cols;
  for (let r = 0; r < rows; r++) {
    const row = matrix[r];
    if (!Array.isArray(row) || row.length !== cols) return -1;
    for (let c = 0; c < cols; c++) {
      const cell = row[c];
      let x: number;
      if (typeof cell === "number") {
        f64[0] = cell;
        x = u32[0] ^ Math.imul(u32[1], 0x27d4eb2d);
      } else {
        x = NOT_A_NUMBER;
      }
      h = Math.imul(h ^ x, 0x01000193);
      h ^= h >>> 15;
    }
  }
  return h >>> 0;
}

export class PopulationCache {
  readonly maxEntries: number;
  readonly maxCells: number;
  /** Most recently used first. */
  private entries: Entry[] = [];
  private cellCount = 0;
  private hits = 0;
  private misses = 0;

  constructor(options: PopulationCacheOptions = {}) {
    this.maxEntries = Math.max(1, options.maxEntries ?? 16);
    this.maxCells = Math.max(1, options.maxCells ?? 2_000_000);
  }

  /** The population of `matrix`, from the cache when the same content was seen before. */
  get(matrix: Matrix, name = "population"): Population {
    const first = this.entries[0];
    if (first && sameCells(first.population, matrix)) {
      this.hits++;
      return first.population;
    }
    const hash = hashCells(matrix);
    for (let i = 1; i < this.entries.length; i++) {
      const entry = this.entries[i];
      if (entry.hash === hash && sameCells(entry.population, matrix)) {
        this.hits++;
        this.entries.splice(i, 1);
        this.entries.unshift(entry);
        return entry.population;
      }
    }
    this.misses++;
    const population = readPopulation(matrix, name);
    if (population.cells <= this.maxCells) {
      this.entries.unshift({ hash, population });
      this.cellCount += population.cells;
      while (this.entries.length > this.maxEntries || this.cellCount > this.maxCells) {
        const evicted = this.entries.pop() as Entry;
        this.cellCount -= evicted.population.cells;
      }
    }
    return population;
  }

  clear(): void {
    this.entries = [];
    this.cellCount = 0;
  }

  stats(): CacheStats {
    return {
      hits: this.hits,
      misses: this.misses,
      entries: this.entries.length,
      cells: this.cellCount,
    };
  }
}

/** The cache the worksheet functions share (one per add-in runtime). */
export const populationCache = new PopulationCache();

/** How a function gets its population: from a cache, or read afresh when given null. */
export function populationOf(
  matrix: Matrix,
  cache: PopulationCache | null,
  name = "population"
): Population {
  return cache ? cache.get(matrix, name) : readPopulation(matrix, name);
}
