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

/** `node scripts/validate-manifest.js [file ...]` (`npm run validate [file ...]`): validates each
    file given, or manifest.xml when none is; exit code 1 when any is missing or invalid. */
async function main(files) {
  let failed = false;
  for (const file of files.length > 0 ? files : ["manifest.xml"]) {
    let text;
    try {
      text = fs.readFileSync(file, "utf8");
    } catch (error) {
      console.error(`${file}: cannot be read (${error.code || error.message})`);
      failed = true;
      continue;
    }
    const { valid, errors } = await validateManifest(text, path.basename(file));
    if (valid) {
      console.log(`${file}: valid against the Office add-in manifest schemas`);
    } else {
      console.error(`${file}: INVALID\n  ${errors.join("\n  ")}`);
      failed = true;
    }
  }
  return failed ? 1 : 0;
}

module.exports = { validateManifest };

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
