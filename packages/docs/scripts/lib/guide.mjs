import { DEFAULT_DOCS_URL } from './docs-server.mjs';
import { codeOfCase, forceFlag, schemeOf, signingOf, simulatedOperation, successHeaders } from './facts.mjs';
import { fill } from './i18n.mjs';
import { code, fence } from './markdown.mjs';
import { sdkName, signedHeadersTable } from './tables.mjs';

/** @typedef {import('@desktop-api/types').ApiModel} ApiModel */
/** @typedef {import('@desktop-api/types').Language} Language */
/** @typedef {import('./i18n.mjs').Messages} Messages */
/** @typedef {import('./sandbox-demo.mjs').SandboxDemo} SandboxDemo */
/** @typedef {ReturnType<typeof import('./samples.mjs').sampleWriter>} SampleWriter */

/**
 * What the guide is written from: the model, the page's texts, the sandbox's demo values, the signed worked example
 * and the sample writer of the page's language.
 * @typedef {object} GuideInput
 * @property {ApiModel} model
 * @property {Language} lang
 * @property {Messages} messages the page's texts (i18n/<lang>.yaml)
 * @property {Messages} explorerTexts the explorer's texts of the page's language (the samples' labels)
 * @property {SandboxDemo} demo
 * @property {import('./worked-example.mjs').WorkedExample | undefined} example
 * @property {SampleWriter} samples
 */

/**
 * The authentication guide in Markdown: a section per security scheme of the spec, the token one with the command
 * that calls the sandbox with the demo token, the AK/SK one with the worked example step by step, the headers each
 * official SDK signs, and the clock skew the gateway allows. Every header name, the algorithm, the skew and the
 * statuses come from the model.
 * @param {GuideInput} input
 * @returns {string}
 */
export function authenticationGuide({ model, messages, explorerTexts, demo, example, samples }) {
  const t = messages.auth;
  const token = schemeOf(model, 'token');
  const aksk = schemeOf(model, 'aksk');
  const signing = signingOf(model);
  const simulated = simulatedOperation(model);
  const sections = [`# ${t.heading}`, t.intro];
  if (token) {
    const command = simulated ? samples.tokenCommand(simulated.operationId) : undefined;
    sections.push(
      `## ${t.tokenHeading}`,
      fill(t.token, {
        tokenHeader: code(token.header),
        scheme: code(token.name),
        noSignature: [aksk?.header, signing?.dateHeader]
          .filter((name) => name !== undefined)
          .map(code)
          .join(', '),
      }),
    );
    if (command) {
      sections.push(fill(t.tokenSandbox, { token: code(demo.token), variable: code(samples.env.token) }));
      sections.push(fence('shell', command));
    }
  }
  if (aksk && signing && example) {
    /** @param {Array<[string, string]>} headers */
    const headerLines = (headers) => headers.map(([name, value]) => `${name}: ${value}`).join('\n');
    const signedCurl = [
      `curl -i -X ${example.method} \\`,
      ...example.sentHeaders.map(([name, value]) => `  -H '${name}: ${value}' \\`),
      `  '${example.url}'`,
    ].join('\n');
    const operation = model.operations.find((o) => o.operationId === example.operationId);
    const unauthenticated = operation ? codeOfCase(operation, 'unauthenticated') : undefined;
    const curlLabel = explorerTexts.samples.curlAksk;
    sections.push(
      `## ${t.akskHeading}`,
      fill(t.aksk, {
        algorithm: code(signing.algorithm),
        header: code(aksk.header),
        accessKey: code(example.accessKey),
        secretKey: code(example.secretKey),
        isoDate: example.isoDate,
        operationId: code(example.operationId),
        sdk: sdkName(example.sdk.sdk, messages),
        version: example.sdk.version,
      }),
      t.stepRequest,
      fence('http', `${example.method} ${example.url}\n${headerLines(example.requestHeaders)}`),
      t.stepCanonical,
      fence('text', example.canonicalRequest),
      t.stepHash,
      fence('text', example.canonicalRequestHash),
      fill(t.stepStringToSign, { algorithm: code(signing.algorithm), dateHeader: code(signing.dateHeader) }),
      fence('text', example.stringToSign),
      t.stepSignature,
      fence('text', example.signature),
      fill(t.stepAuthorization, { header: code(aksk.header) }),
      fence('shell', signedCurl),
      [
        fill(t.staleDate, { dateHeader: code(signing.dateHeader), minutes: signing.maxClockSkewMinutes }),
        unauthenticated ? fill(t.staleAnswer, { status: code(unauthenticated.status) }) : undefined,
        fill(t.signNow, { curlLabel }),
      ]
        .filter((sentence) => sentence !== undefined)
        .join(' '),
    );
    const table = signedHeadersTable(signing, messages);
    if (table) sections.push(table);
  }
  return sections.join('\n\n');
}

/**
 * The "Try it on the sandbox" section in Markdown, with the exact commands: start it, export the demo credentials
 * the samples read, delete the demo desktop, see the conflict of a busy desktop and force it, start over. A step
 * whose fact the spec no longer documents (the not-found code, the conflict, the force flag) is left out; the steps
 * are numbered as they come.
 * @param {GuideInput} input
 * @returns {string}
 */
export function tryItSection({ model, messages, demo, samples }) {
  const t = messages.tryIt;
  const values = {
    sandboxUrl: code(demo.url),
    projectId: code(demo.projectId),
    token: code(demo.token),
    accessKey: code(demo.accessKey),
    secretKey: code(demo.secretKey),
  };
  const operation = simulatedOperation(model);
  /** @type {Array<{heading: string, body: string[]}>} */
  const steps = [
    {
      heading: t.startHeading,
      body: [
        fill(t.startRepo, { docsUrl: DEFAULT_DOCS_URL }),
        fence('shell', 'pnpm install\npnpm start'),
        t.startSandbox,
        fence('shell', `pnpm sandbox --port ${new URL(demo.url).port}`),
        t.startNpx,
        fence('shell', `npx desktop-api-sandbox --port ${new URL(demo.url).port}`),
      ],
    },
    {
      heading: t.envHeading,
      body: [
        t.env,
        fence(
          'shell',
          [
            `export ${samples.env.accessKey}='${demo.accessKey}'`,
            `export ${samples.env.secretKey}='${demo.secretKey}'`,
            `export ${samples.env.token}='${demo.token}'`,
          ].join('\n'),
        ),
      ],
    },
  ];
  const command = operation ? samples.tokenCommand(operation.operationId) : undefined;
  if (operation && command) {
    const notFound = codeOfCase(operation, 'desktop-not-found');
    const headers = successHeaders(operation);
    steps.push({
      heading: fill(t.deleteHeading, { operationId: operation.operationId }),
      body: [
        fence('shell', command),
        [
          operation.success === null
            ? undefined
            : fill(headers.length > 0 ? t.deleteResult : t.deleteResultBare, {
                status: code(operation.success),
                headers: headers.map(code).join(', '),
              }),
          notFound ? fill(t.deleteAgain, { status: code(notFound.status), code: code(notFound.code) }) : undefined,
        ]
          .filter((sentence) => sentence !== undefined)
          .join(' '),
      ],
    });
    const conflict = codeOfCase(operation, 'operation-conflict');
    const force = forceFlag(operation);
    const busy = conflict
      ? samples.tokenCommand(operation.operationId, { [demo.desktopParameter]: demo.busyDesktopId })
      : undefined;
    if (conflict && busy) {
      const forced = force
        ? samples.tokenCommand(operation.operationId, {
            [demo.desktopParameter]: demo.busyDesktopId,
            [force.name]: 'true',
          })
        : undefined;
      steps.push({
        heading: force ? t.conflictHeading : t.conflictOnlyHeading,
        body: [
          [
            fill(t.conflict, {
              busyDesktopId: code(demo.busyDesktopId),
              status: code(conflict.status),
              code: code(conflict.code),
            }),
            force ? fill(t.force, { flag: code(`${force.name}=true`) }) : undefined,
          ]
            .filter((sentence) => sentence !== undefined)
            .join(' '),
          fence('shell', [busy, forced].filter((line) => line !== undefined).join('\n')),
        ],
      });
    }
  }
  steps.push({
    heading: t.resetHeading,
    body: [t.reset, fence('shell', `curl -i -X POST ${demo.url}/_sandbox/reset`)],
  });
  return [
    `# ${t.heading}`,
    fill(t.intro, values),
    ...steps.flatMap((step, index) => [`## ${index + 1}. ${step.heading}`, ...step.body]),
  ].join('\n\n');
}
