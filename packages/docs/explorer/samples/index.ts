import { text } from '../text.js';
import { curlAkskSample, curlTokenSample } from './curl.js';
import { goSample } from './go.js';
import type { Sample, SampleInput } from './input.js';
import { javaSample } from './java.js';
import { koocliSample } from './koocli.js';
import { nodejsSample } from './nodejs.js';
import { pythonSample } from './python.js';
import { typescriptSample } from './typescript.js';

/** The sample generators, by sample id (the id is also the key of its label in `samples.*`). */
export const GENERATORS = Object.freeze({
  typescript: typescriptSample,
  curlToken: curlTokenSample,
  curlAksk: curlAkskSample,
  python: pythonSample,
  java: javaSample,
  go: goSample,
  nodejs: nodejsSample,
  koocli: koocliSample,
} satisfies Record<string, (input: SampleInput) => string>);

/** The id of a sample. */
export type SampleId = keyof typeof GENERATORS;

/**
 * Every code sample of the request, in the page's order. The AK/SK ones need the spec's signing facts, the token
 * one its token header, and the SDK and KooCLI ones an operation the SDKs sign with AK/SK.
 */
export function samplesFor(input: SampleInput): Sample[] {
  const { data, operation } = input;
  const available: Record<SampleId, boolean> = {
    typescript: true,
    curlToken: data.tokenHeader !== null && operation.auth.includes('token'),
    curlAksk: data.signing !== null && operation.auth.includes('aksk'),
    python: operation.auth.includes('aksk'),
    java: operation.auth.includes('aksk'),
    go: operation.auth.includes('aksk'),
    nodejs: operation.auth.includes('aksk'),
    koocli: true,
  };
  return (Object.keys(GENERATORS) as SampleId[])
    .filter((id) => available[id])
    .map((id) => ({ id, label: text(data.texts, `samples.${id}`), source: GENERATORS[id](input) }));
}
