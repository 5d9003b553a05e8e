import assert from "node:assert/strict";
import { sha256Hex } from "./sha256.ts";

// Published digests: FIPS 180-2, appendix B (the one- and two-block messages) and the
// digest of the empty message (NIST's SHA-256 examples).
Deno.test("sha256Hex: the FIPS 180-2 test vectors", () => {
  assert.equal(
    sha256Hex(""),
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
  );
  assert.equal(
    sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
    "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
  );
});

Deno.test("sha256Hex: a string is hashed as its UTF-8 bytes", () => {
  const text = "één";
  assert.equal(sha256Hex(text), sha256Hex(new TextEncoder().encode(text)));
  assert.equal(sha256Hex(new Uint8Array([0x61, 0x62, 0x63])), sha256Hex("abc"));
});
