/**
 * Excel.Application as a host type (target: true); Microsoft's client reaches it as
 * `workbook.application`, and `context.application` is the same object.
 * https://learn.microsoft.com/javascript/api/excel/excel.application
 * The double has no calculation engine to control, so calculation requests are accepted and
 * ignored, and calculationMode always reads "Automatic" (our choice; the docs are silent).
 */
import { hostType } from "../host/host-type";
import { APPLICATION } from "../host/refs";

export const APPLICATION_TYPE = hostType<true>({
  name: APPLICATION,
  properties: {
    calculationMode: { get: () => "Automatic", set: () => undefined },
  },
  methods: {
    calculate: { call: () => undefined },
    suspendApiCalculationUntilNextSync: { call: () => undefined, api: "1.6" },
  },
});
