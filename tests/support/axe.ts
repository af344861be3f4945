/** axe-core's verdict on a page, as readable lines (one per violation, with the elements). */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n    ` +
      violation.nodes.map((node) => node.target.join(" ")).join("\n    "),
  );
}
