import { parseArgs } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import { failureMessage, reportFailure } from "../../src/commands/cli.ts";
import { UsageError } from "../../src/content/content-error.ts";
import { ContentError } from "../../src/content/content-error.ts";
import { NewVersionError } from "../../src/commands/new-version.ts";
import { AsOfError } from "../../src/dates/today.ts";

const USAGE = "usage: npm run example -- <thing>";

/** The error parseArgs throws for an option the command does not know. */
function argumentError(): unknown {
  try {
    parseArgs({ args: ["--colour"], options: { color: { type: "string" } }, strict: true });
  } catch (error) {
    return error;
  }
  throw new Error("parseArgs accepted an unknown option");
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("failureMessage", () => {
  it("lists every content problem as file:line and says nothing was published", () => {
    const error = new ContentError([
      { file: "content/privacy/2027-01-01.md", line: 3, message: "unknown key materal" },
      { file: "content/site.yml", message: "missing email" },
    ]);
    expect(failureMessage(error).split("\n")).toEqual([
      "✗ The content has 2 problems:",
      "  content/privacy/2027-01-01.md:3: unknown key materal",
      "  content/site.yml: missing email",
      "Nothing was published; fix the lines above and run again.",
    ]);
  });

  it("shows a mistake in the arguments with the command's usage line", () => {
    expect(failureMessage(argumentError(), USAGE)).toBe(`✗ Unknown option '--colour'\n${USAGE}`);
  });

  it.each([
    ["a usage error", new UsageError("--site www.example.com is not a related site")],
    [
      "a mistake in `npm run new`",
      new NewVersionError("--site www.example.com is not a related site"),
    ],
    ["a bad AS_OF", new AsOfError("--site www.example.com is not a related site")],
  ])("prints %s as its one line, without a stack", (_, error) => {
    expect(failureMessage(error, USAGE)).toBe("✗ --site www.example.com is not a related site");
  });

  it("keeps the stack of an unexpected failure, and of a TypeError that is not about the arguments", () => {
    const error = Object.assign(new TypeError("bad fd"), { code: "ERR_INVALID_ARG_TYPE" });
    const message = failureMessage(error, USAGE);
    expect(message).toMatch(/^✗ Failed: TypeError: bad fd\n\s+at /);
    expect(message).not.toContain(USAGE);
  });
});

describe("reportFailure", () => {
  it("writes the message to stderr and exits with status 1", () => {
    const errors: unknown[] = [];
    vi.spyOn(console, "error").mockImplementation((line: unknown) => errors.push(line));
    const exit = vi.spyOn(process, "exit").mockImplementation(() => {
      throw new Error("exited");
    });
    expect(() => reportFailure(new UsageError("no policy given"))).toThrow("exited");
    expect(exit).toHaveBeenCalledWith(1);
    expect(errors).toEqual(["✗ no policy given"]);
  });
});
