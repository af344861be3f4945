/** The scheduled rebuild ships with the repository: check, build and verify on push and daily. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../support/build.ts";

describe(".github/workflows/build.yml", () => {
  const workflow = parse(
    readFileSync(join(projectRoot, ".github/workflows/build.yml"), "utf8"),
  ) as {
    on: { push: unknown; schedule: { cron: string }[] };
    jobs: { build: { steps: { run?: string; uses?: string; with?: Record<string, unknown> }[] } };
  };
  const runs = workflow.jobs.build.steps.flatMap((step) => (step.run ? [step.run] : []));

  it("runs on every push and once a day", () => {
    expect(workflow.on).toHaveProperty("push");
    expect(workflow.on.schedule.map((entry) => entry.cron)).toEqual([
      expect.stringMatching(/^\d+ \d+ \* \* \*$/),
    ]);
  });

  it("installs with npm ci on Node 20, then checks, builds and verifies, in that order", () => {
    const node = workflow.jobs.build.steps.find((step) =>
      step.uses?.startsWith("actions/setup-node"),
    );
    expect(node?.with?.["node-version"]).toBe(20);
    expect(runs.map((run) => run.split(" ").slice(0, 3).join(" "))).toEqual([
      "npm ci --no-audit",
      "npm run check",
      "npm run build",
      "npm run verify",
    ]);
  });
});
