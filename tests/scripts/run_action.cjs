// Runs a composite GitHub Action (action.yml) here, as the runner would: each
// step's `if`, `env` and `working-directory` evaluated with the given inputs
// (defaults from action.yml), its `run` script executed with the step's shell
// (bash --noprofile --norc -eo pipefail), GITHUB_OUTPUT read per step,
// GITHUB_ENV and GITHUB_PATH applied to the following steps, then the action's
// outputs evaluated. The GitHub environment variables (GITHUB_WORKSPACE,
// GITHUB_STEP_SUMMARY, RUNNER_TEMP, ...) come from the caller.
//
// Usage: node run_action.cjs NODE_MODULES ACTION_DIR OUTPUTS_FILE [name=value...]
// Writes the outputs as name=value lines; exits with the first failing
// step's status, after the remaining steps (all guarded by success()) are skipped.
//
// Expressions: only what action.yml uses: `${{ inputs.NAME }}`,
// `${{ steps.ID.outputs.NAME }}`, and `if:` comparisons of those with '...'.
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");

const [modules, actionDir, outputsFile, ...assignments] = process.argv.slice(2);
const YAML = require(path.join(modules, "yaml"));
const action = YAML.parse(fs.readFileSync(path.join(actionDir, "action.yml"), "utf8"));

const inputs = {};
for (const [name, input] of Object.entries(action.inputs || {})) {
  inputs[name] = input.default === undefined ? "" : String(input.default);
}
for (const assignment of assignments) {
  const eq = assignment.indexOf("=");
  const name = assignment.slice(0, eq);
  if (!(name in inputs)) throw new Error(`action.yml has no input ${name}`);
  inputs[name] = assignment.slice(eq + 1);
}
const steps = {};

// The value of one expression: inputs.x, steps.id.outputs.x, or a string.
function value(expression) {
  const e = expression.trim();
  let m;
  if ((m = /^inputs\.([\w-]+)$/.exec(e))) {
    if (!(m[1] in inputs)) throw new Error(`unknown input ${m[1]}`);
    return inputs[m[1]];
  }
  if ((m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(e))) {
    return ((steps[m[1]] || {}).outputs || {})[m[2]] || "";
  }
  if ((m = /^'((?:[^']|'')*)'$/.exec(e))) return m[1].replace(/''/g, "'");
  throw new Error(`expression not supported here: ${e}`);
}

function substitute(text) {
  return String(text).replace(/\$\{\{(.*?)\}\}/g, (_, e) => value(e));
}

// `if:` conditions: A == B or A != B, or one value (true when not empty).
function condition(expression) {
  if (expression === undefined) return true;
  const e = String(expression).replace(/^\$\{\{(.*)\}\}$/, "$1");
  const m = /^(.*?)\s*(==|!=)\s*(.*)$/.exec(e);
  if (!m) return value(e) !== "";
  const equal = value(m[1]).toLowerCase() === value(m[3]).toLowerCase();
  return m[2] === "==" ? equal : !equal;
}

// KEY=VALUE lines and KEY<<DELIMITER blocks, as in GITHUB_OUTPUT and GITHUB_ENV.
function readCommandFile(file) {
  const result = {};
  const lines = fs.existsSync(file) ? fs.readFileSync(file, "utf8").split("\n") : [];
  for (let i = 0; i < lines.length; i++) {
    let m;
    if ((m = /^([^=<]+)<<(.+)$/.exec(lines[i]))) {
      const body = [];
      for (i++; i < lines.length && lines[i] !== m[2]; i++) body.push(lines[i]);
      result[m[1]] = body.join("\n");
    } else if ((m = /^([^=]+)=(.*)$/.exec(lines[i]))) {
      result[m[1]] = m[2];
    }
  }
  return result;
}

const env = { ...process.env, GITHUB_ACTION_PATH: actionDir };
const scratch = fs.mkdtempSync(path.join(env.RUNNER_TEMP || os.tmpdir(), "steps-"));
let failure = 0;
action.runs.steps.forEach((step, index) => {
  const name = step.name || `step ${index + 1}`;
  if (failure || !condition(step.if)) {
    console.log(`-- ${name}: skipped`);
    return;
  }
  if (step.shell !== "bash") throw new Error(`${name}: only bash steps run here`);
  const files = {
    GITHUB_OUTPUT: path.join(scratch, `output-${index}`),
    GITHUB_ENV: path.join(scratch, `env-${index}`),
    GITHUB_PATH: path.join(scratch, `path-${index}`),
  };
  const script = path.join(scratch, `step-${index}.sh`);
  fs.writeFileSync(script, substitute(step.run));
  const stepEnv = { ...env, ...files };
  for (const [key, text] of Object.entries(step.env || {})) stepEnv[key] = substitute(text);
  const cwd = path.resolve(env.GITHUB_WORKSPACE, substitute(step["working-directory"] || "."));
  console.log(`-- ${name}`);
  const run = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", script],
                        { cwd, env: stepEnv, stdio: "inherit" });
  const status = run.status === null ? 128 : run.status;
  if (step.id) steps[step.id] = { outputs: readCommandFile(files.GITHUB_OUTPUT) };
  Object.assign(env, readCommandFile(files.GITHUB_ENV));
  if (fs.existsSync(files.GITHUB_PATH)) {
    for (const dir of fs.readFileSync(files.GITHUB_PATH, "utf8").split("\n").filter(Boolean)) {
      env.PATH = `${dir}${path.delimiter}${env.PATH}`;
    }
  }
  if (status !== 0) {
    console.log(`-- ${name}: failed with exit status ${status}`);
    failure = status;
  }
});

const outputs = Object.entries(action.outputs || {})
    .map(([name, output]) => `${name}=${substitute(output.value)}\n`).join("");
fs.writeFileSync(outputsFile, outputs);
process.exit(failure);
