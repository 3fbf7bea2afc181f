// The BG/NBD fit evaluates the likelihood hundreds of times, so the customers are reduced once:
//   - one-time buyers (x = 0) contribute head[0] − r·log(α+T) each, so they are counted per distinct T;
//   - the ages and recencies are mapped to a table of distinct times, so log(α+t) is taken once per
//     distinct time per evaluation (dates in days or weeks give few distinct times), not per customer.
// The likelihood over the reduced data equals the plain sum (test/engine/clvModels/bgNbd.test.ts).

export interface BgNbdData {
  /** The distinct times (ages and recencies). */
  times: Float64Array;
  /** One-time buyers: index of their age in `times`, and how many share it. */
  zeroAt: Int32Array;
  zeroCount: Float64Array;
  /** Repeat buyers: frequency, and the indexes of their recency and age in `times`. */
  x: Float64Array;
  recencyAt: Int32Array;
  ageAt: Int32Array;
  maxX: number;
  customers: number;
}

/** Reduce (x, t_x, T) per customer to the tables the likelihood reads. */
export function prepareBgNbd(
  frequency: ArrayLike<number>,
  recency: ArrayLike<number>,
  T: ArrayLike<number>
): BgNbdData {
  const index = new Map<number, number>();
  const times: number[] = [];
  const at = (t: number): number => {
    let k = index.get(t);
    if (k === undefined) index.set(t, (k = times.push(t) - 1));
    return k;
  };
  const zeros = new Map<number, number>();
  const repeat: number[] = [];
  let maxX = 0;
  for (let i = 0; i < frequency.length; i++) {
    if (frequency[i] > 0) (repeat.push(i), (maxX = Math.max(maxX, frequency[i])));
    else {
      const k = at(T[i]);
      zeros.set(k, (zeros.get(k) ?? 0) + 1);
    }
  }
  const data: BgNbdData = {
    times: new Float64Array(0),
    zeroAt: Int32Array.from(zeros.keys()),
    zeroCount: Float64Array.from(zeros.values()),
    x: Float64Array.from(repeat, (i) => frequency[i]),
    recencyAt: Int32Array.from(repeat, (i) => at(recency[i])),
    ageAt: Int32Array.from(repeat, (i) => at(T[i])),
    maxX,
    customers: frequency.length,
  };
  data.times = Float64Array.from(times);
  return data;
}
