/**
 * Test support for `result_folder_test.ts`: writes a result of kind `score` into the folder
 * given as the first argument, writes `building` into the file given as the second once
 * the new result is half written, and then waits (a minute at most) for a signal.
 *
 * @module
 */
import { writeResultFolder } from "../result_folder.ts";

const [target, ready] = Deno.args;
try {
  await writeResultFolder(target, "score", async (dir) => {
    await Deno.writeTextFile(`${dir}/new.csv`, "a\n1\n");
    await Deno.writeTextFile(ready, `${dir}\n`);
    await new Promise((resolve) => setTimeout(resolve, 60_000));
  });
} catch (error) {
  console.error((error as Error).message);
  Deno.exit(1);
}
