/**
 * The site model in transit from the Redline integration to the pages
 * (virtual:redline/site-model): written once with devalue, read once by the pages.
 *
 * devalue (which Astro uses for its own props) rather than JSON: the model shares objects
 * (a policy's `current`, `latest` and `notice.version` are entries of its `versions`;
 * versions whose bodies are the same text share one rendering), keeps `undefined` fields
 * and the source bytes, and the pages see the same shape. It also writes a string or an
 * object that several versions share once.
 *
 * A version file's bytes travel as the text they decode to, not in base64: a third
 * smaller. Every version file is strict UTF-8 (validation refuses any other), and
 * decoding strictly with the byte-order mark kept, then encoding again, gives back exactly
 * the same bytes. Bytes that are not UTF-8 are left to devalue's own base64.
 */
import { parse, stringify } from "devalue";
import type { SiteModel } from "../site/index.ts";

const UTF8_BYTES = "UTF8_BYTES";
const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function utf8Text(value: unknown): string | false {
  if (!(value instanceof Uint8Array)) return false;
  try {
    return strictUtf8.decode(value);
  } catch {
    return false;
  }
}

export function serializeSiteModel(model: SiteModel): string {
  return stringify(model, { [UTF8_BYTES]: utf8Text });
}

/** The model `serializeSiteModel` was given, equal as data, down to every byte. */
export function parseSiteModel(serialized: string): SiteModel {
  const utf8 = new TextEncoder();
  return parse(serialized, { [UTF8_BYTES]: (text: string) => utf8.encode(text) }) as SiteModel;
}
