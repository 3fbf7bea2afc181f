// THE buyer rule, one place for the engine and the worksheet functions: a buyer is a customer (or a value)
// with positive, finite net revenue in the period. Every other value (0, negative, NaN, +Infinity) is
// not ranked. A customer's history is a different fact: `everBought` (a positive purchase on record, any
// date) is what makes a non-buyer Inactive rather than a Prospect or Suspect.

/** Whether a net revenue (or a value to rank) makes a buyer. */
export const isBuyer = (revenue: number): boolean => revenue > 0 && revenue < Infinity;

/** Customer c is a buyer by `revenue[c]` (the `eligible` of the rank and threshold rules). */
export const buyersOf =
  (revenue: ArrayLike<number>) =>
  (c: number): boolean =>
    isBuyer(revenue[c]);
