/**
 * The result-folder contract (issue 11): every refusal, atomic replacement, the lock, and what
 * interrupted runs leave. Expectations are the contract as the issue states it: a refused
 * folder is byte for byte as it was; a replaced one holds exactly the new files.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { sha256Hex } from "./sha256.ts";
import {
  checkResultTarget,
  ensureResultFolder,
  MARKER_FILE,
  markerText,
  readMarker,
  writeResultFolder,
} from "./result_folder.ts";

const CHILD = new URL("./testdata/hold_result_folder.ts", import.meta.url).pathname;

/** Every file below `dir` with its sha256, to show that nothing changed. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  async function walk(at: string, prefix: string) {
    for await (const entry of Deno.readDir(at)) {
      const path = join(at, entry.name);
      if (entry.isDirectory) await walk(path, `${prefix}${entry.name}/`);
      else out[`${prefix}${entry.name}`] = sha256Hex(await Deno.readFile(path));
    }
  }
  await walk(dir, "");
  return Object.fromEntries(Object.entries(out).sort());
}

function names(dir: string): string[] {
  return [...Deno.readDirSync(dir)].map((e) => e.name).sort();
}

/** A scratch project: root with data/ and lib/, a home folder, and a work folder beside them. */
async function scratch() {
  const base = await Deno.makeTempDir({ prefix: "sturingstaal-rf-" });
  const root = join(base, "p", "project");
  const home = join(base, "home", "user");
  for (const dir of [join(root, "data", "corpus"), join(root, "lib"), home, join(base, "work")]) {
    await Deno.mkdir(dir, { recursive: true });
  }
  await Deno.writeTextFile(join(root, "data", "corpus", "a.txt"), "tekst");
  return { base, root, home, work: join(base, "work") };
}

const write = (name: string, text: string) => (dir: string) =>
  Deno.writeTextFile(join(dir, name), text);

Deno.test("a new folder gets the result and the marker; a second run replaces it whole", async () => {
  const { base, work } = await scratch();
  const out = join(work, "run");
  await writeResultFolder(out, "score", write("a.csv", "a\n1\n"));
  assert.deepEqual(names(out), [MARKER_FILE, "a.csv"]);
  assert.equal(await readMarker(out), "score");
  assert.equal(await Deno.readTextFile(join(out, MARKER_FILE)), markerText("score"));
  await writeResultFolder(out, "score", write("b.csv", "b\n2\n"));
  assert.deepEqual(names(out), [MARKER_FILE, "b.csv"]);
  // Nothing is left beside it: no temporary folder, no moved-aside result, no lock.
  assert.deepEqual(names(work), ["run"]);
  await Deno.remove(base, { recursive: true });
});

Deno.test("missing parent folders are made", async () => {
  const { base, work } = await scratch();
  await writeResultFolder(join(work, "runs", "a", "b"), "analysis", write("x", "1"));
  assert.deepEqual(names(join(work, "runs", "a", "b")), [MARKER_FILE, "x"]);
  await Deno.remove(base, { recursive: true });
});

Deno.test("a folder the tool did not make is refused and left byte for byte as it was", async () => {
  const { base, work } = await scratch();
  const thesis = join(work, "thesis");
  await Deno.mkdir(join(thesis, "chapters"), { recursive: true });
  await Deno.writeTextFile(join(thesis, "chapters", "1.tex"), "\\chapter{Inleiding}");
  await Deno.writeTextFile(join(thesis, "settings.json"), "{}"); // once taken for a result
  const before = await snapshot(work);
  await assert.rejects(
    writeResultFolder(thesis, "score", write("a.csv", "x"), { display: "thesis" }),
    {
      name: "ResultFolderError",
      message: `thesis: exists and was not made by sturingstaal (no ${MARKER_FILE}); it holds ` +
        "2 file(s) or folder(s) that sturingstaal must not replace: choose a new folder, " +
        "e.g. --out runs/my-study",
    },
  );
  await Deno.mkdir(join(work, "empty"));
  await assert.rejects(
    writeResultFolder(join(work, "empty"), "score", write("a", "x"), {
      display: "empty",
    }),
    {
      message: `empty: exists and was not made by sturingstaal (no ${MARKER_FILE}); it is empty, ` +
        "but sturingstaal writes only into a folder that does not exist yet or that it made " +
        "itself: remove it (rmdir) or choose a new folder, e.g. --out runs/my-study",
    },
  );
  await Deno.writeTextFile(join(work, "notes.txt"), "mijn aantekeningen");
  await assert.rejects(
    writeResultFolder(join(work, "notes.txt"), "score", write("a", "x"), {
      display: "notes.txt",
    }),
    {
      message:
        "notes.txt: exists and is not a folder; choose a new folder, e.g. --out runs/my-study",
    },
  );
  // A marker that is not ours (another tool, or garbage) does not count.
  await Deno.writeTextFile(join(thesis, MARKER_FILE), '{"tool":"other","kind":"score"}');
  await assert.rejects(writeResultFolder(thesis, "score", write("a", "x")), {
    name: "ResultFolderError",
  });
  await Deno.remove(join(thesis, MARKER_FILE));
  await Deno.remove(join(work, "empty"));
  await Deno.remove(join(work, "notes.txt"));
  assert.deepEqual(await snapshot(work), before);
  await Deno.remove(base, { recursive: true });
});

Deno.test("a result of another kind is refused", async () => {
  const { base, work } = await scratch();
  const out = join(work, "run");
  await writeResultFolder(out, "analysis", write("a.csv", "x"));
  await assert.rejects(writeResultFolder(out, "score", write("b.csv", "y"), { display: "run" }), {
    message:
      "run: holds a analysis result of sturingstaal, not a score result; choose another folder",
  });
  assert.deepEqual(names(out), [MARKER_FILE, "a.csv"]);
  await Deno.remove(base, { recursive: true });
});

Deno.test("protected folders are refused whatever they hold", async () => {
  const { base, root, home, work } = await scratch();
  const corpus = join(root, "data", "corpus");
  const mine = join(work, "corpus");
  await Deno.mkdir(join(mine, "sub"), { recursive: true });
  const options = { root, home, inputs: [mine] };
  const pick = "choose a new folder, e.g. --out runs/my-study";
  const cases: [string, string, string][] = [
    ["/", "score", `is the root of the file system; ${pick}`],
    [home, "score", `is your home folder; ${pick}`],
    [join(base, "home"), "score", `contains your home folder; ${pick}`],
    [root, "analysis", `is the project folder itself; ${pick}`],
    [join(base, "p"), "analysis", `contains the project folder; ${pick}`],
    [base, "analysis", `contains your home folder; ${pick}`], // home is checked first
    [
      join(root, "data"),
      "score",
      `is the project's data/ folder or inside it, which hold the project's own files; ${pick}`,
    ],
    [
      join(corpus, "new"),
      "score",
      `is the project's data/ folder or inside it, which hold the project's own files; ${pick}`,
    ],
    [
      join(root, "lib", "x"),
      "score",
      `is the project's lib/ folder or inside it, which hold the project's own files; ${pick}`,
    ],
    [
      join(root, "outputs"),
      "analysis",
      "is the study's outputs/ folder or inside it, which only `deno task reproduce` writes; " +
      pick,
    ],
    [
      join(root, "outputs", "mine"),
      "score",
      "is the study's outputs/ folder or inside it, which only `deno task reproduce` writes; " +
      pick,
    ],
    [mine, "score", `is an input of this run (${mine}); ${pick}`],
    [join(mine, "sub"), "score", `is inside an input of this run (${mine}); ${pick}`],
    [work, "score", `contains an input of this run (${mine}); ${pick}`],
  ];
  const before = await snapshot(base);
  for (const [target, kind, problem] of cases) {
    await assert.rejects(
      writeResultFolder(target, kind as "score", write("a", "x"), { ...options, display: "X" }),
      { name: "ResultFolderError", message: `X: ${problem}` },
      target,
    );
  }
  // `--out .` typed in the project folder, and paths that reach it through "..".
  const cwd = Deno.cwd();
  Deno.chdir(root);
  try {
    for (const typed of [".", "./", "lib/..", "../project"]) {
      await assert.rejects(checkResultTarget(typed, "analysis", { root, home }), {
        message: `${typed}: is the project folder itself; ${pick}`,
      });
    }
  } finally {
    Deno.chdir(cwd);
  }
  // A symbolic link to the corpus is the corpus; a link itself is refused.
  await Deno.symlink(mine, join(work, "link"));
  await assert.rejects(
    checkResultTarget(join(work, "link"), "score", { ...options, display: "L" }),
    {
      message: `L: is an input of this run (${mine}); ${pick}`,
    },
  );
  await Deno.mkdir(join(work, "elsewhere"));
  await Deno.symlink(join(work, "elsewhere"), join(work, "link2"));
  await assert.rejects(
    checkResultTarget(join(work, "link2"), "score", { root, home, display: "L" }),
    {
      message: "L: is a symbolic link; give the folder it points to, or a new folder, as --out",
    },
  );
  await Deno.remove(join(work, "link"));
  await Deno.remove(join(work, "link2"));
  await Deno.remove(join(work, "elsewhere"));
  assert.deepEqual(await snapshot(base), before);
  // The study's outputs/ is the reproduction's; outputs/bench is the bench's.
  assert.equal(
    await checkResultTarget(join(root, "outputs"), "reproduction", { root, home }),
    "missing",
  );
  assert.equal(
    await checkResultTarget(join(root, "outputs", "bench"), "bench", { root, home }),
    "missing",
  );
  await Deno.remove(base, { recursive: true });
});

Deno.test("a failing build leaves the previous result and no temporary folder", async () => {
  const { base, work } = await scratch();
  const out = join(work, "run");
  await writeResultFolder(out, "score", write("a.csv", "oud\n"));
  await assert.rejects(
    writeResultFolder(out, "score", async (dir) => {
      await Deno.writeTextFile(join(dir, "a.csv"), "half nieuw");
      throw new Error("schijf vol");
    }),
    { message: "schijf vol" },
  );
  assert.equal(await Deno.readTextFile(join(out, "a.csv")), "oud\n");
  assert.deepEqual(names(work), ["run"]);
  await Deno.remove(base, { recursive: true });
});

Deno.test("keep carries subfolders over; update adds files to the previous result", async () => {
  const { base, work } = await scratch();
  const out = join(work, "outputs");
  await writeResultFolder(out, "reproduction", async (dir) => {
    await Deno.mkdir(join(dir, "bench"));
    await Deno.writeTextFile(join(dir, "bench", "b.json"), "{}");
    await Deno.writeTextFile(join(dir, "t.csv"), "1");
  });
  await writeResultFolder(out, "reproduction", write("u.csv", "2"), { keep: ["bench"] });
  assert.deepEqual(names(out), [MARKER_FILE, "bench", "u.csv"]);
  assert.deepEqual(names(join(out, "bench")), ["b.json"]);
  await writeResultFolder(out, "reproduction", write("v.csv", "3"), { update: true });
  assert.deepEqual(names(out), [MARKER_FILE, "bench", "u.csv", "v.csv"]);
  await Deno.remove(base, { recursive: true });
});

Deno.test("discard builds and throws the new folder away", async () => {
  const { base, work } = await scratch();
  const out = join(work, "outputs");
  await writeResultFolder(out, "reproduction", write("t.csv", "1"));
  const seen = await writeResultFolder(out, "reproduction", async (dir) => {
    await Deno.writeTextFile(join(dir, "t.csv"), "2");
    return names(dir);
  }, { discard: true });
  assert.deepEqual(seen, [MARKER_FILE, "t.csv"]);
  assert.equal(await Deno.readTextFile(join(out, "t.csv")), "1");
  assert.deepEqual(names(work), ["outputs"]);
  await Deno.remove(base, { recursive: true });
});

Deno.test("leftovers of a killed run are cleaned up; a result moved aside is put back", async () => {
  const { base, work } = await scratch();
  const out = join(work, "run");
  await writeResultFolder(out, "score", write("a.csv", "oud\n"));
  // What `kill -9` leaves while building: a temporary folder with the marker.
  const temp = join(work, ".run.sturingstaal-tmp-dead01");
  await Deno.mkdir(temp);
  await Deno.writeTextFile(join(temp, MARKER_FILE), markerText("score"));
  // ... or just made, still empty.
  await Deno.mkdir(join(work, ".run.sturingstaal-tmp-dead02"));
  // A folder that only looks like ours (no marker, not empty) is somebody's: it stays.
  await Deno.mkdir(join(work, ".run.sturingstaal-tmp-notours"));
  await Deno.writeTextFile(join(work, ".run.sturingstaal-tmp-notours", "x.txt"), "van iemand");
  await writeResultFolder(out, "score", write("b.csv", "nieuw\n"));
  assert.deepEqual(names(work), [".run.sturingstaal-tmp-notours", "run"]);
  // `kill -9` between the two renames: the target is gone, the old result is beside it.
  await Deno.rename(out, join(work, ".run.sturingstaal-old-dead03"));
  await assert.rejects(writeResultFolder(out, "score", () => Promise.reject(new Error("stop"))), {
    message: "stop",
  });
  assert.deepEqual(names(out), [MARKER_FILE, "b.csv"]);
  assert.deepEqual(names(work), [".run.sturingstaal-tmp-notours", "run"]);
  await Deno.remove(base, { recursive: true });
});

Deno.test("ensureResultFolder makes a marked folder once and refuses a foreign one", async () => {
  const { base, work } = await scratch();
  const lab = join(work, ".lab-outputs");
  await ensureResultFolder(lab, "lab");
  await Deno.writeTextFile(join(lab, "t.csv"), "1");
  await ensureResultFolder(lab, "lab");
  assert.deepEqual(names(lab), [MARKER_FILE, "t.csv"]);
  await Deno.mkdir(join(work, "foreign"));
  await Deno.writeTextFile(join(work, "foreign", "x"), "1");
  await assert.rejects(ensureResultFolder(join(work, "foreign"), "lab"), {
    name: "ResultFolderError",
  });
  await Deno.remove(base, { recursive: true });
});

/** Start the child that holds a result folder half written; resolves when it is building. */
async function holdFolder(out: string, ready: string) {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", CHILD, out, ready],
    stdout: "null",
    stderr: "piped",
  }).spawn();
  for (let i = 0; i < 300; i++) {
    const text = await Deno.readTextFile(ready).catch(() => "");
    if (text.endsWith("\n")) return { child, temp: text.trim() };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill("SIGKILL");
  throw new Error("the child did not start building");
}

Deno.test("a second run into the same folder is refused while the first runs; SIGTERM leaves the previous result", async () => {
  const { base, work } = await scratch();
  const out = join(work, "run");
  await writeResultFolder(out, "score", write("old.csv", "oud\n"));
  const { child, temp } = await holdFolder(out, join(work, "ready"));
  await assert.rejects(writeResultFolder(out, "score", write("x.csv", "x"), { display: "run" }), {
    name: "ResultFolderError",
    message: `run: another sturingstaal run (process ${child.pid}) is writing this folder now; ` +
      "wait for it to finish, or choose another folder",
  });
  child.kill("SIGTERM");
  const status = await child.status;
  const stderr = new TextDecoder().decode((await child.output().catch(() => null))?.stderr);
  assert.equal(status.code, 128 + 15, stderr);
  assert.deepEqual(names(out), [MARKER_FILE, "old.csv"]);
  await assert.rejects(Deno.stat(temp), Deno.errors.NotFound);
  assert.deepEqual(names(work), ["ready", "run"]);
  await Deno.remove(base, { recursive: true });
});

Deno.test("kill -9 while building: the previous result stays, the lock is free, the next run cleans up", async () => {
  const { base, work } = await scratch();
  const out = join(work, "run");
  await writeResultFolder(out, "score", write("old.csv", "oud\n"));
  const { child, temp } = await holdFolder(out, join(work, "ready"));
  child.kill("SIGKILL");
  await child.status;
  await child.stderr.cancel();
  assert.deepEqual(names(out), [MARKER_FILE, "old.csv"]);
  assert.deepEqual(names(temp), [MARKER_FILE, "new.csv"]); // left behind by the killed run
  await writeResultFolder(out, "score", write("b.csv", "nieuw\n"));
  assert.deepEqual(names(out), [MARKER_FILE, "b.csv"]);
  // The lock file a killed run leaves is only a file: the system released its lock.
  assert.deepEqual(names(work), ["ready", "run"]);
  await Deno.remove(base, { recursive: true });
});

/** Run `mount` (root only); false when it cannot. */
async function mount(args: string[]): Promise<boolean> {
  if (Deno.uid() !== 0) return false;
  const result = await new Deno.Command("mount", { args, stderr: "null", stdout: "null" }).output()
    .catch(() => undefined);
  return result?.success ?? false;
}

async function umount(dir: string) {
  await new Deno.Command("umount", { args: [dir] }).output();
}

Deno.test("a full disk, a read-only disk and a mount point: one clear line, the previous result intact", async (t) => {
  const { base, work } = await scratch();
  const disk = join(work, "disk");
  await Deno.mkdir(disk);
  if (!(await mount(["-t", "tmpfs", "-o", "size=256k", "tmpfs", disk]))) {
    t.name; // not root, or no mount here: nothing to check on this machine
    console.warn("skipped: needs root to mount a small tmpfs");
    await Deno.remove(base, { recursive: true });
    return;
  }
  try {
    const out = join(disk, "run");
    await writeResultFolder(out, "score", write("old.csv", "oud\n"));
    await assert.rejects(
      writeResultFolder(out, "score", write("big.csv", "x".repeat(512 * 1024)), { display: "run" }),
      {
        name: "ResultFolderError",
        message: "run: the disk is full (no space left on device); free some space or choose a " +
          "folder on another disk; the previous result, if any, was left as it was",
      },
    );
    assert.deepEqual(names(out), [MARKER_FILE, "old.csv"]);
    assert.deepEqual(names(disk), ["run"]);
    // The mount point itself cannot be swapped by renaming.
    await Deno.writeTextFile(join(disk, MARKER_FILE), markerText("score"));
    await assert.rejects(writeResultFolder(disk, "score", write("a", "x"), { display: "disk" }), {
      message: "disk: is a mount point, which cannot be replaced by renaming; give a new folder " +
        "inside it, e.g. --out MOUNT/results",
    });
    await Deno.remove(join(disk, MARKER_FILE));
    assert.ok(await mount(["-o", "remount,ro", disk]));
    await assert.rejects(writeResultFolder(out, "score", write("a.csv", "x"), { display: "run" }), {
      name: "ResultFolderError",
      message: "run: is on a read-only file system; choose a folder you can write to; the " +
        "previous result, if any, was left as it was",
    });
    assert.deepEqual(names(out), [MARKER_FILE, "old.csv"]);
  } finally {
    await umount(disk);
  }
  await Deno.remove(base, { recursive: true });
});
