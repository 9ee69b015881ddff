// Validates SARIF files against the SARIF 2.1.0 JSON schema.
// Usage: node validate_sarif.cjs NODE_MODULES FILE.sarif...
// The schema is the one @microsoft/jest-sarif ships (MIT): the OASIS 2.1.0
// schema, draft-04, hence ajv-draft-04; ajv-formats checks uri and date-time.
"use strict";
const fs = require("fs");
const path = require("path");

const modules = process.argv[2];
const load = (name) => require(path.join(modules, name));
const Ajv = load("ajv-draft-04");
const addFormats = load("ajv-formats");
const schema = JSON.parse(fs.readFileSync(
    path.join(modules, "@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"));

// unicodeRegExp off: the schema has a pattern (language) with a stray "]".
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);
let failed = false;
for (const file of process.argv.slice(3)) {
  if (validate(JSON.parse(fs.readFileSync(file, "utf8")))) continue;
  failed = true;
  for (const e of validate.errors) {
    console.error(`${file}: ${e.instancePath || "/"}: ${e.message} ${JSON.stringify(e.params)}`);
  }
}
process.exit(failed ? 1 : 0);
