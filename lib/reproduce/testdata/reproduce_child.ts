/**
 * Test support for `interrupt_test.ts`: runs `reproduce` on the project folder given as the
 * first argument, passing the second argument to the kernels as `HOLD_PID_FILE`.
 *
 * @module
 */
import { reproduce } from "../main.ts";

const [root, pidFile] = Deno.args;
try {
  Deno.exit(await reproduce({ root, verbose: false, env: { HOLD_PID_FILE: pidFile } }));
} catch (error) {
  console.error((error as Error).message);
  Deno.exit(1);
}
