import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/content.ts";
import { readVersionSource, type VersionRecord } from "../../src/content/version-source.ts";
import type { CalendarDate } from "../../src/dates/dates.ts";
import { parseSiteModel, serializeSiteModel } from "../../src/integrations/site-model-transfer.ts";
import { buildSiteModel } from "../../src/site/site-model.ts";
import { seedContent } from "../support/build.ts";

const { site } = loadContent(seedContent);

function version(text: string, fileName: string): VersionRecord {
  const result = readVersionSource(new TextEncoder().encode(text), {
    file: `content/privacy/${fileName}`,
    policy: "privacy",
    fileName,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

describe("the site model handed to the pages", () => {
  it("arrives equal, down to each file's bytes as committed (byte-order mark, CRLF, accents)", () => {
    const model = buildSiteModel({
      site,
      today: "2026-11-28" as CalendarDate,
      versions: [
        version(
          "\uFEFF---\r\ntitle: Politique\r\n---\r\n\r\nLes données « ici ».\r\n",
          "2025-01-01.md",
        ),
        version("---\ntitle: Policy\n---\n\nThe data’s “here”.\n", "2026-01-01.md"),
      ],
    });
    const arrived = parseSiteModel(serializeSiteModel(model));
    expect(arrived).toEqual(model);
    const [first, second] = arrived.policies[0]?.versions ?? [];
    expect(Buffer.from(first?.bytes ?? []).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(first?.bytes).toBeInstanceOf(Uint8Array);
    expect(second?.bytes).toEqual(model.policies[0]?.versions[1]?.bytes);
    // Objects the model shares stay shared.
    expect(arrived.policies[0]?.current).toBe(second);
  });

  it("writes UTF-8 bytes as their text, and any other bytes exactly all the same", () => {
    const text = "Les données\r\n";
    const utf8 = serializeSiteModel({ bytes: new TextEncoder().encode(text) } as never);
    expect(utf8).toContain("Les données");
    const latin1 = new Uint8Array([0x4c, 0x65, 0x73, 0x20, 0xe9, 0x0a]);
    const arrived = parseSiteModel(serializeSiteModel({ bytes: latin1 } as never)) as never as {
      bytes: Uint8Array;
    };
    expect(arrived.bytes).toEqual(latin1);
  });
});
