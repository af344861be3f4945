import { defineCollection, z } from "astro:content";
import { glob } from "astro/loaders";

export const collections = {
  versions: defineCollection({
    loader: glob({ pattern: "*.md", base: process.env["PLAIN_CORPUS_DIR"] ?? "." }),
    schema: z.object({ title: z.string(), summary: z.string().optional() }),
  }),
};
