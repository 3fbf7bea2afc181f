/**
 * The fence around the one internal hook of Microsoft's client the double relies on
 * (src/double/office-client.ts). If an upgrade of @microsoft/office-js moves the hook or changes
 * the request/response shapes the host reads (src/double/host/wire.ts), these fail first.
 */
import { readFileSync } from "fs";
import { createExcelDouble, OFFICE_CLIENT_VERSION, officeClient } from "../../src/double";
import { CLIENT_EXTENSIONS } from "../../src/double/client-extensions";
import { hostSession } from "../../src/double/office-client";
import type { RequestMessage, ResponseMessage } from "../../src/double/host/wire";

function recordingSession(reply: (message: RequestMessage) => ResponseMessage["Body"]) {
  const seen: { flags: number; message: RequestMessage }[] = [];
  const executor = {
    executeAsync(_data: unknown, flags: number, message: RequestMessage): Promise<ResponseMessage> {
      seen.push({ flags, message });
      return Promise.resolve({
        HttpStatusCode: 200,
        ErrorCode: "",
        ErrorMessage: "",
        Headers: {},
        Body: reply(message),
      });
    },
  };
  return { seen, session: hostSession(executor as never) };
}

describe("Microsoft's Excel client behind the double", () => {
  test("the pinned package is the version the seam was read from, pinned exactly", () => {
    const installed = JSON.parse(
      readFileSync(require.resolve("@microsoft/office-js/package.json"), "utf8")
    ) as { version: string };
    const ours = JSON.parse(readFileSync("package.json", "utf8")) as {
      devDependencies: Record<string, string>;
    };
    expect(installed.version).toBe(OFFICE_CLIENT_VERSION);
    expect(ours.devDependencies["@microsoft/office-js"]).toBe(OFFICE_CLIENT_VERSION);
  });

  test("each member the seam adds is still missing from the pinned client (delete it when an upgrade brings it)", () => {
    const client = readFileSync(
      require.resolve("@microsoft/office-js/dist/excel-web-16.00.js"),
      "utf8"
    );
    for (const members of Object.values(CLIENT_EXTENSIONS))
      for (const member of members) {
        expect(client).not.toContain(member);
        expect(client).not.toContain(member.charAt(0).toUpperCase() + member.slice(1));
      }
  });

  test("the double's contexts and proxies are Microsoft's classes, not ours", async () => {
    const { Excel, OfficeExtension } = officeClient();
    const excel = createExcelDouble({ sheets: [{ name: "Sales", values: [["a", 1]] }] });
    expect(excel.createContext()).toBeInstanceOf(Excel.RequestContext);
    await excel.run(async (context) => {
      expect(context).toBeInstanceOf(OfficeExtension.ClientRequestContext);
      const range = context.workbook.worksheets.getItem("Sales").getRange("A1:B1");
      expect(range).toBeInstanceOf(OfficeExtension.ClientObject);
      expect(range).toBeInstanceOf(Excel.Range);
      // The client, not the host, refuses an unloaded property.
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("a sync reaches the executor with the request shape the host reads", async () => {
    const { Excel } = officeClient();
    const { seen, session } = recordingSession((message) => ({
      Results: message.Body.Actions.filter((a) => a.ActionType === 2).map((a) => ({
        ActionId: a.Id,
        Value: { Address: "Sales!A1:B2" },
      })),
    }));
    const address = await Excel.run(
      { session, delayForCellEdit: true } as Excel.RunOptions,
      async (context) => {
        const range = context.workbook.worksheets.getItem("Sales").getRange("A1:B2");
        range.values = [
          ["名", 1],
          ["b", 2],
        ];
        range.load("address");
        await context.sync();
        return range.address;
      }
    );
    expect(address).toBe("Sales!A1:B2");
    expect(seen).toHaveLength(1);
    const { flags, message } = seen[0];
    expect(flags & 64).toBe(64); // delayForCellEdit
    const paths = Object.values(message.Body.ObjectPaths);
    expect(paths).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ObjectPathType: 1 }),
        expect.objectContaining({ ObjectPathType: 4, Name: "Worksheets" }),
        expect.objectContaining({ ObjectPathType: 5, ArgumentInfo: { Arguments: ["Sales"] } }),
        expect.objectContaining({
          ObjectPathType: 3,
          Name: "GetRange",
          ArgumentInfo: { Arguments: ["A1:B2"] },
        }),
      ])
    );
    expect(message.Body.Actions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          ActionType: 4,
          Name: "Values",
          ArgumentInfo: {
            Arguments: [
              [
                ["名", 1],
                ["b", 2],
              ],
            ],
          },
        }),
        expect.objectContaining({ ActionType: 2, QueryInfo: { Select: ["address"] } }),
      ])
    );
  });

  test("an error in the response body becomes OfficeExtension.Error with Excel's code and location", async () => {
    const { Excel, OfficeExtension } = officeClient();
    const { session } = recordingSession(() => ({
      Error: {
        Code: "ItemNotFound",
        Message: "gone",
        Location: "WorksheetCollection.getItem",
        ActionIndex: 0,
      },
    }));
    const failure = await Excel.run({ session } as Excel.RunOptions, async (context) => {
      context.workbook.worksheets.getItem("Nope").load("name");
      await context.sync();
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(OfficeExtension.Error);
    expect(failure).toMatchObject({
      code: "ItemNotFound",
      debugInfo: expect.objectContaining({ errorLocation: "WorksheetCollection.getItem" }),
    });
  });
});
