/**
 * Excel.Workbook as a host type: the request's global object (target: true), where Microsoft's
 * client starts every object path. https://learn.microsoft.com/javascript/api/excel/excel.workbook
 * WORKBOOK_HOST_TYPES lists every type of this family for the host's registry.
 */
import { ExcelDoubleError } from "../errors";
import type { HostType } from "../host/host-type";
import { hostType } from "../host/host-type";
import {
  APPLICATION,
  CUSTOM_XML_PART_COLLECTION,
  NAMED_ITEM_COLLECTION,
  SETTING_COLLECTION,
  WORKBOOK,
  WORKSHEET_COLLECTION,
  rangeAreasRef,
  rangeRef,
  tableCollectionRef,
} from "../host/refs";
import { selectedAreas } from "../selection";
import { APPLICATION_HOST_TYPES } from "./application-type";
import {
  CUSTOM_XML_PART_COLLECTION_TYPE,
  CUSTOM_XML_PART_SCOPED_COLLECTION_TYPE,
  CUSTOM_XML_PART_TYPE,
} from "./custom-xml-types";
import { NAMED_ITEM_COLLECTION_TYPE, NAMED_ITEM_TYPE } from "./names-types";
import { SETTING_COLLECTION_TYPE, SETTING_TYPE } from "./settings-types";
import { WORKSHEET_COLLECTION_TYPE } from "./worksheet-collection";
import { FREEZE_PANES_TYPE } from "./worksheet-freeze-panes";
import { WORKSHEET_TYPE } from "./worksheet-type";

export const WORKBOOK_TYPE = hostType<true>({
  name: WORKBOOK,
  properties: {},
  navigation: {
    worksheets: () => ({ type: WORKSHEET_COLLECTION, target: true }),
    tables: () => tableCollectionRef({ kind: "workbook" }),
    names: () => ({ type: NAMED_ITEM_COLLECTION, target: true }),
    settings: () => ({ type: SETTING_COLLECTION, target: true }),
    customXmlParts: () => ({ type: CUSTOM_XML_PART_COLLECTION, target: null }),
    application: () => ({ type: APPLICATION, target: true }),
  },
  methods: {
    /**
     * "Gets the currently selected single range from the workbook. If there are multiple ranges
     * selected, this method will throw an error." (https://learn.microsoft.com/javascript/api/excel/excel.workbook):
     * a multi-area selection fails with InvalidSelection (the code is the double's choice, see
     * selection.ts).
     */
    getSelectedRange: {
      call: (_t, _args, env, loc) => {
        const areas = selectedAreas(env.state);
        if (areas.length > 1)
          throw new ExcelDoubleError(
            "InvalidSelection",
            loc,
            `${areas.length} areas are selected; use getSelectedRanges`
          );
        return rangeRef(areas[0]);
      },
    },
    /** Workbook.getSelectedRanges (ExcelApi 1.9): every selected area, as a RangeAreas. */
    getSelectedRanges: {
      call: (_t, _args, env) => rangeAreasRef(selectedAreas(env.state)),
      api: "1.9",
    },
    /** Workbook.getActiveCell (ExcelApi 1.7): the top-left cell of the (primary) selected area. */
    getActiveCell: {
      call: (_t, _args, env) => {
        const { sheetId, rect } = env.state.selection;
        return rangeRef({ sheetId, rect: { ...rect, rowCount: 1, colCount: 1 } });
      },
      api: "1.7",
    },
  },
});

export const WORKBOOK_HOST_TYPES: HostType[] = [
  WORKBOOK_TYPE,
  ...APPLICATION_HOST_TYPES,
  WORKSHEET_COLLECTION_TYPE,
  WORKSHEET_TYPE,
  FREEZE_PANES_TYPE,
  NAMED_ITEM_COLLECTION_TYPE,
  NAMED_ITEM_TYPE,
  SETTING_COLLECTION_TYPE,
  SETTING_TYPE,
  CUSTOM_XML_PART_COLLECTION_TYPE,
  CUSTOM_XML_PART_SCOPED_COLLECTION_TYPE,
  CUSTOM_XML_PART_TYPE,
];
