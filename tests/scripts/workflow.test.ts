/** The scheduled rebuild ships with the repository: check, build and verify on push and daily. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../support/build.ts";

interface Step {
  name?: string;
  if?: string;
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

describe(".github/workflows/build.yml", () => {
  const workflow = parse(
    readFileSync(join(projectRoot, ".github/workflows/build.yml"), "utf8"),
  ) as {
    on: { push: unknown; pull_request: unknown; schedule: { cron: string }[] };
    jobs: {
      build: { steps: Step[] };
      deploy: { if: string; needs: string; permissions: Record<string, string>; steps: Step[] };
    };
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
    expect(
      runs
        .filter((run) => !run.includes("changes"))
        .map((run) => run.split(" ").slice(0, 3).join(" ")),
    ).toEqual([
      "npm ci --no-audit",
      "bash scripts/provision-browser.sh",
      "npm run check",
      "npm run build",
      "npm run verify",
    ]);
  });

  it("on a pull request, writes npm run changes to the job summary and fails with it", () => {
    const step = workflow.jobs.build.steps.find((candidate) => candidate.run?.includes("changes"));
    expect(workflow.on).toHaveProperty("pull_request");
    expect(step?.if).toBe("github.event_name == 'pull_request'");
    expect(step?.env).toEqual({ BASE_REF: "${{ github.base_ref }}" });
    expect(step?.run).toContain('npm run --silent changes -- --base "origin/$BASE_REF"');
    expect(step?.run).toContain('>> "$GITHUB_STEP_SUMMARY"');
    expect(step?.run).toMatch(/exit \$status\s*$/);
    // Before the check, so that a refused change still gets its summary.
    const index = (run: string) => workflow.jobs.build.steps.findIndex((s) => s.run === run);
    expect(workflow.jobs.build.steps.indexOf(step as Step)).toBeLessThan(index("npm run check"));
  });

  it("deploys main to GitHub Pages with the official actions, never a pull request", () => {
    const uses = (steps: Step[]) => steps.flatMap((step) => (step.uses ? [step.uses] : []));
    expect(uses(workflow.jobs.build.steps)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^actions\/configure-pages@/),
        expect.stringMatching(/^actions\/upload-pages-artifact@/),
      ]),
    );
    const { deploy } = workflow.jobs;
    expect(deploy.needs).toBe("build");
    expect(deploy.if).toBe(
      "github.ref == 'refs/heads/main' && github.event_name != 'pull_request'",
    );
    expect(deploy.permissions).toEqual({ pages: "write", "id-token": "write" });
    expect(uses(deploy.steps)).toEqual([expect.stringMatching(/^actions\/deploy-pages@/)]);
  });
});
