import assert from "node:assert/strict";
import { join } from "node:path";
import { runKwicSampleCli } from "./kwic_sample_cli.ts";
import { runPrecisionCli } from "./precision_cli.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const example = (name: string) => join(ROOT, "data/validation", name);

Deno.test("kwic-sample: the worked example's sheets come out again; an existing sheet is never replaced", async () => {
  const dir = await Deno.makeTempDir();
  const out = join(dir, "coding.csv");
  const args = [
    "--scores",
    join(ROOT, "outputs/scoring"),
    "--per-entry",
    "10",
    "--seed",
    "2015",
    "--passages",
    "20",
    "--passage-words",
    "10",
    "--out",
    out,
  ];
  const lines: string[] = [];
  assert.equal(await runKwicSampleCli(args, (l) => lines.push(l)), 0, lines.join("\n"));
  // data/validation was written by this command (data/README.md); only its codes were filled in.
  const uncoded = (text: string) => text.replace(/,[^,\n]*\n/g, ",\n");
  assert.equal(
    await Deno.readTextFile(out),
    uncoded(await Deno.readTextFile(example("sample-coding.csv"))).replace(/^(.*),\n/, "$1,code\n"),
  );
  const sample = JSON.parse(await Deno.readTextFile(join(dir, "coding-sample.json")));
  const coded = JSON.parse(await Deno.readTextFile(example("sample-coding-sample.json")));
  assert.deepEqual({ ...sample, coding: "", scores: "" }, { ...coded, coding: "", scores: "" });
  await Deno.writeTextFile(out, "id,code\nh001,1\n"); // a coder's work
  lines.length = 0;
  assert.equal(await runKwicSampleCli(args, (l) => lines.push(l)), 1);
  assert.deepEqual(lines, [
    `${out}: exists; kwic-sample writes new files only and never replaces one (it may hold a ` +
    "coding): remove it yourself, or choose another --out",
  ]);
  assert.equal(await Deno.readTextFile(out), "id,code\nh001,1\n");
  await Deno.remove(dir, { recursive: true });
});

Deno.test("precision: one sheet says agreement cannot be computed; two give Krippendorff's alpha", async () => {
  const dir = await Deno.makeTempDir();
  const second = join(dir, "second.csv");
  // A second coding that differs in two hits: h001 (NPM markt) 1 -> 0, h004 (SR maatwerk) 0 -> 1.
  const first = await Deno.readTextFile(example("sample-coding.csv"));
  await Deno.writeTextFile(
    second,
    first.replace(/^(h001,.*),1$/m, "$1,0").replace(/^(h004,.*),0$/m, "$1,1"),
  );
  const base = [
    "--sample",
    example("sample-coding-sample.json"),
    "--coded",
    example("sample-coding.csv"),
  ];
  const lines: string[] = [];
  const one = join(dir, "one");
  assert.equal(await runPrecisionCli([...base, "--out", one], (l) => lines.push(l)), 0);
  assert.equal(
    lines[0],
    "agreement cannot be computed from one coded hit sheet: have a second person code a copy " +
      "of the sheet independently and give both with --coded",
  );
  const precision = await Deno.readTextFile(join(one, "precision.csv"));
  // data/README.md: NPG has 17 hits, 7 coded 0; Wilson 10/17 from its formula, computed
  // separately (z = 1.959964): 0.360 to 0.784.
  assert.match(precision, /^category,NPG,17,10,0\.588,0\.360,0\.784$/m);
  assert.equal(
    (await Array.fromAsync(Deno.readDir(one))).some((e) => e.name === "agreement.csv"),
    false,
  );

  const two = join(dir, "two");
  assert.equal(await runPrecisionCli([...base, "--coded", second, "--out", two], () => {}), 0);
  // By hand (coincidence matrix): all 52 hits: o11 = 84, o00 = 16, o01 = o10 = 2; n1 = 86,
  // n0 = 18; alpha = 1 - 103 * 4 / (2 * 86 * 18) = 0.867. NPM: 16 hits, one disagreement:
  // n1 = 31, n0 = 1; alpha = 1 - 31 * 2 / (2 * 31 * 1) = 0 (almost all 1: chance agreement is high).
  const agreement = await Deno.readTextFile(join(two, "agreement.csv"));
  assert.match(agreement, /^NPM,0\.000,16$/m);
  assert.match(agreement, /^all,0\.867,52$/m);
  assert.equal(
    await Deno.readTextFile(join(two, "disagreements.csv")),
    `id,scope,codes\nh001,NPM,${example("sample-coding.csv")}=1; ${second}=0\n` +
      `h004,SR,${example("sample-coding.csv")}=0; ${second}=1\n`,
  );
  await Deno.remove(dir, { recursive: true });
});

Deno.test("precision: bad sheets of several coders are reported together, each with its line", async () => {
  const dir = await Deno.makeTempDir();
  const a = join(dir, "a.csv");
  const b = join(dir, "b.csv");
  const first = await Deno.readTextFile(example("sample-coding.csv"));
  await Deno.writeTextFile(a, first.replace(/^(h001,.*),1$/m, "$1,ja"));
  await Deno.writeTextFile(
    b,
    first.replace("h002,hoogmolen,NPM,korting", "h002,hoogmolen,NPM,kortingen"),
  );
  const lines: string[] = [];
  const code = await runPrecisionCli([
    "--sample",
    example("sample-coding-sample.json"),
    "--coded",
    a,
    "--coded",
    b,
    "--out",
    join(dir, "out"),
  ], (l) => lines.push(l));
  assert.equal(code, 1);
  assert.equal(
    lines.join("\n"),
    "2 problems\n" +
      `${a} line 2, column code: "ja": a code is 1 (the hit expresses its category), 0 (it does not) or empty (not coded)\n` +
      `${b} line 3, column entry: "kortingen" is not the entry of h002 in the sample ("korting")`,
  );
  assert.equal((await Array.fromAsync(Deno.readDir(dir))).length, 2);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("precision --scores: recall, and the entries below the threshold dropped, from the worked example", async () => {
  const dir = await Deno.makeTempDir();
  const out = join(dir, "validation");
  const lines: string[] = [];
  const code = await runPrecisionCli([
    "--sample",
    example("sample-coding-sample.json"),
    "--coded",
    example("sample-coding.csv"),
    "--passages",
    example("sample-coding-passages.csv"),
    "--scores",
    join(ROOT, "outputs/scoring"),
    "--corpus",
    join(ROOT, "data/corpus/sample"),
    "--lexicon",
    join(ROOT, "data/lexicon/study.csv"),
    "--out",
    out,
  ], (l) => lines.push(l));
  assert.equal(code, 0, lines.join("\n"));
  // The nine words coded 0 (data/README.md), each with one hit: precision 0, below 0.5.
  assert.equal(
    lines[1],
    "threshold 0.5: dropped 9 entries (PA:zorgaanbod, NPG:diensten, NPG:taak, NPG:klant, " +
      "NPG:laagdrempelig, NPG:opdrachten, NPG:opdrachtgever, NPG:flexibel, SR:maatwerk)",
  );
  // SR by hand: 10 hits, 9 relevant (maatwerk 0) → found 9; 3 of the 18 hitless passages
  // (all sampled) coded SR → missed 3; recall 9 / 12 = 0.750.
  assert.match(await Deno.readTextFile(join(out, "recall.csv")), /^SR,10,9\.0,18,3,3\.0,0\.750$/m);
  assert.deepEqual((await Array.fromAsync(Deno.readDir(out))).map((e) => e.name).sort(), [
    ".sturingstaal-result.json",
    "candidates.csv",
    "corrected-shares.csv",
    "entry-influence.csv",
    "length-conclusions.csv",
    "length-means.csv",
    "precision.csv",
    "recall.csv",
    "settings.json",
    "threshold-means.csv",
    "threshold-selection.csv",
  ]);
  await Deno.remove(dir, { recursive: true });
});
