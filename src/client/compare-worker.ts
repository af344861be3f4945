/**
 * The compare page's worker: fetches two packed versions and compares them off the main
 * thread, so the page stays responsive however different the versions are.
 */
import { compareVersions, unpackVersion, type PackedVersion } from "../redline/index.ts";

export interface CompareRequest {
  id: number;
  fromUrl: string;
  toUrl: string;
}

export type CompareResponse =
  { id: number; redline: ReturnType<typeof compareVersions> } | { id: number; error: string };

async function packed(url: string): Promise<PackedVersion> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not load ${url} (${response.status})`);
  return (await response.json()) as PackedVersion;
}

self.addEventListener("message", (event: MessageEvent<CompareRequest>) => {
  const { id, fromUrl, toUrl } = event.data;
  Promise.all([packed(fromUrl), packed(toUrl)])
    .then(([from, to]) => {
      const redline = compareVersions(unpackVersion(from), unpackVersion(to));
      self.postMessage({ id, redline } satisfies CompareResponse);
    })
    .catch((error: unknown) => {
      self.postMessage({ id, error: String(error) } satisfies CompareResponse);
    });
});
