/**
 * Region (ISO 3166-1 alpha-2) → the currency its figures are usually reported in (ISO 4217), for
 * the currency a new set-up starts with. A short table of our own, not a full list: a region not
 * here falls back to USD (currency.ts), and the pane offers every currency of the table. The npm
 * package country-to-currency (MIT, no dependencies) has the full map; this table stands in until
 * it is installed.
 */
const EURO_AREA = "AT BE CY DE EE ES FI FR GR HR IE IT LT LU LV MT NL PT SI SK";

/** "Region:currency" pairs. */
const OTHERS = [
  "US:USD GB:GBP CN:CNY HK:HKD MO:MOP TW:TWD SG:SGD JP:JPY KR:KRW IN:INR AU:AUD NZ:NZD",
  "CA:CAD CH:CHF LI:CHF SE:SEK NO:NOK DK:DKK IS:ISK PL:PLN CZ:CZK HU:HUF RO:RON BG:BGN",
  "RU:RUB UA:UAH TR:TRY IL:ILS AE:AED SA:SAR QA:QAR EG:EGP ZA:ZAR NG:NGN KE:KES BR:BRL",
  "MX:MXN AR:ARS CL:CLP CO:COP PE:PEN MY:MYR TH:THB ID:IDR PH:PHP VN:VND PK:PKR BD:BDT",
].join(" ");

export const REGION_CURRENCY: Readonly<Record<string, string>> = Object.fromEntries([
  ...EURO_AREA.split(" ").map((region) => [region, "EUR"]),
  ...OTHERS.split(" ").map((pair) => pair.split(":")),
]);
