/* The =CRM.* worksheet functions. Microsoft's custom-functions-metadata plugin reads the JSDoc
   tags below at build time to write functions.json, and appends the CustomFunctions.associate
   calls, so every function must be declared in this file; each is a thin face over the engine. */

/**
 * Return on investment of a tier or customer: profit ÷ investment (cost to serve).
 * @customfunction ROI
 * @helpurl https://localhost:3000/help.html#crmroi
 * @param profit Profit of the tier or customer.
 * @param investment Money invested in serving it (cost to serve). 0 gives #DIV/0!.
 * @returns Profit divided by investment, as a fraction (1.14 = 114%).
 */
export function roi(profit: number, investment: number): number {
  if (investment === 0) {
    throw new CustomFunctions.Error(
      CustomFunctions.ErrorCode.divisionByZero,
      "The investment is 0."
    );
  }
  return profit / investment;
}
