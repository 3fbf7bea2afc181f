/* Offline XSD validation of an add-in manifest (office-addin-manifest's validator is an online
   service these machines cannot reach). Schemas: test/schemas/office-manifest (see its README).
   Used by the Jest suite and by `npm run validate [file]`. */
const fs = require("fs");
const path = require("path");
const { validateXML } = require("xmllint-wasm");

const schemaDir = path.join(__dirname, "..", "test", "schemas", "office-manifest");
const mainSchema = "OfficeAppManifestV1_1.xsd";

function readSchema(fileName) {
  return { fileName, contents: fs.readFileSync(path.join(schemaDir, fileName), "utf8") };
}

/** @returns {Promise<{ valid: boolean, errors: string[] }>} */
async function validateManifest(xmlText, fileName = "manifest.xml") {
  const imported = fs.readdirSync(schemaDir).filter((f) => f.endsWith(".xsd") && f !== mainSchema);
  const result = await validateXML({
    xml: [{ fileName, contents: xmlText }],
    schema: [readSchema(mainSchema)],
    preload: imported.map(readSchema),
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage || String(e)) };
}

module.exports = { validateManifest };

if (require.main === module) {
  const file = process.argv[2] || "manifest.xml";
  validateManifest(fs.readFileSync(file, "utf8"), path.basename(file)).then(({ valid, errors }) => {
    if (valid) {
      console.log(`${file}: valid against the Office add-in manifest schemas`);
    } else {
      console.error(`${file}: INVALID\n  ${errors.join("\n  ")}`);
      process.exitCode = 1;
    }
  });
}
