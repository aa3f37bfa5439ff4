import { fitIdf, LocalEmbedder } from "../embed/local-embedder";
import { loadDefaultExamples } from "./labelled-examples";

// The local embedder the classifier uses by default: hashed n-grams weighted by IDF fitted on the
// shipped examples, so words common to every kind of prompt ("the", "please") weigh little.
// Built once per process.

let shared: LocalEmbedder | undefined;

export function defaultLocalEmbedder(): LocalEmbedder {
  shared ??= new LocalEmbedder({ idf: fitIdf(loadDefaultExamples().map((example) => example.text)) });
  return shared;
}
