import { execFile } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { createSandbox } from '@desktop-api/mock-server';
import { verify } from '@desktop-api/signer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeSamples } from '../scripts/lib/code-samples.mjs';
import { loadAllMessages } from '../scripts/lib/i18n.mjs';
import { SANDBOX_DEMO } from '../scripts/lib/sandbox-demo.mjs';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
/** The package folder of a dependency of the docs, as Node resolves it from here. */
const packageDir = (name: string) => dirname(realpathSync(require.resolve(`${name}/package.json`)));
const signerEntry = pathToFileURL(join(packageDir('@desktop-api/signer'), 'dist/index.js')).href;
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const demoPath = `/v2/${SANDBOX_DEMO.projectId}/desktops/${SANDBOX_DEMO.desktopId}`;

let server: Server;
let host: string;
let work: string;
const seen: Array<{ path: string; ok: boolean; reason?: string }> = [];

/** A stand-in for the sandbox's auth: 204 for a DELETE of the demo desktop signed with the demo AK/SK, else 401. */
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'desktop-api-docs-samples-'));
  server = createServer(async (req, res) => {
    const url = `http://${req.headers.host}${req.url}`;
    const headers = Object.entries(req.headers).flatMap(([name, value]) =>
      value === undefined ? [] : [[name, Array.isArray(value) ? value.join(', ') : value] as [string, string]],
    );
    const result = await verify({ method: req.method ?? 'GET', url, headers, body: '' }, (accessKey) =>
      accessKey === SANDBOX_DEMO.accessKey ? { secretKey: SANDBOX_DEMO.secretKey } : undefined,
    );
    const ok = result.ok && req.method === 'DELETE' && req.url === demoPath;
    seen.push({ path: req.url ?? '', ok, reason: result.ok ? undefined : result.reason });
    res.writeHead(ok ? 204 : 401, { 'X-Request-Id': 'req-test' });
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  host = `127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await rm(work, { recursive: true, force: true });
});

const sandboxHost = new URL(SANDBOX_DEMO.url).host;

describe.each(['en', 'zh-CN'])('the %s AK/SK code samples, run as documented', (lang) => {
  it('the openssl + curl sample signs a request the verifier accepts', async () => {
    for (const tool of ['/usr/bin/openssl', '/usr/bin/curl', '/bin/bash']) {
      expect(existsSync(tool), `${tool} is needed to run the curl (AK/SK) sample`).toBe(true);
    }
    const messages = (await loadAllMessages())[lang]!;
    const sample = codeSamples(messages).find((s) => s.label === messages.samples.akskCurlLabel);
    expect(sample?.source).toContain(`HOST='${sandboxHost}'`);
    const script = sample!.source
      .replace(`HOST='${sandboxHost}'`, `HOST='${host}'`)
      .replace('curl -i ', 'curl -s -o /dev/null -w "%{http_code}" ');
    const { stdout } = await run('/bin/bash', ['-c', script]);
    expect(stdout).toBe('204');
    expect(seen.at(-1)).toEqual({ path: demoPath, ok: true, reason: undefined });
  });

  it('the signer sample signs a request the verifier accepts', async () => {
    const messages = (await loadAllMessages())[lang]!;
    const sample = codeSamples(messages).find((s) => s.label === messages.samples.signerLabel);
    const program = sample!.source
      .replace("from '@desktop-api/signer'", `from '${signerEntry}'`)
      .replace(SANDBOX_DEMO.url, `http://${host}`);
    const file = join(work, `signer-${lang}.mjs`);
    await writeFile(file, program);
    const { stdout } = await run(process.execPath, [file]);
    expect(stdout.trim()).toBe('204 req-test');
  });
});

describe('the verifier stand-in', () => {
  it('rejects the worked example headers replayed now (stale date) and a wrong secret', async () => {
    const response = await fetch(`http://${host}${demoPath}`, {
      method: 'DELETE',
      headers: {
        'X-Sdk-Date': '20250115T080000Z',
        Authorization: 'SDK-HMAC-SHA256 Access=SANDBOXDEMOAK0000001, SignedHeaders=x-sdk-date, Signature=00',
      },
    });
    expect(response.status).toBe(401);
    expect(seen.at(-1)?.ok).toBe(false);
  });
});

describe('the TypeScript client sample, as users copy it', () => {
  const langs = ['en', 'zh-CN'];
  let project: string;
  let compiled: { code: number | null; output: string };

  /** Both languages' samples in one strict project (the repository's compiler options), compiled to ESM. */
  beforeAll(async () => {
    const messages = await loadAllMessages();
    project = await mkdtemp(join(tmpdir(), 'desktop-api-docs-client-sample-'));
    await mkdir(join(project, 'node_modules/@desktop-api'), { recursive: true });
    await symlink(packageDir('@desktop-api/client'), join(project, 'node_modules/@desktop-api/client'), 'dir');
    await writeFile(join(project, 'package.json'), '{ "type": "module" }\n');
    await writeFile(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        extends: join(repoRoot, 'tsconfig.base.json'),
        compilerOptions: {
          outDir: 'out',
          declaration: false,
          sourceMap: false,
          typeRoots: [join(repoRoot, 'node_modules/@types')],
        },
        files: langs.map((lang) => `sample-${lang}.ts`),
      }),
    );
    for (const lang of langs) {
      const sample = codeSamples(messages[lang]!).find((s) => s.label === messages[lang]!.samples.clientLabel);
      expect(sample?.source, `the ${lang} client sample`).toContain("from '@desktop-api/client'");
      await writeFile(join(project, `sample-${lang}.ts`), sample!.source);
    }
    compiled = await run(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', project]).then(
      ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
      (error: { code?: number; stdout?: string; stderr?: string }) => ({
        code: error.code ?? null,
        output: `${error.stdout ?? ''}${error.stderr ?? ''}`,
      }),
    );
  });

  afterAll(() => rm(project, { recursive: true, force: true }));

  it('compiles in strict mode without an error', () => {
    expect(compiled.output).toBe('');
    expect(compiled.code).toBe(0);
  });

  it.each(langs)('the %s sample deletes the demo desktop in the sandbox and prints the request id', async (lang) => {
    expect(compiled.code, compiled.output).toBe(0);
    const sandbox = createSandbox();
    const { url } = await sandbox.listen(0);
    try {
      const program = await readFile(join(project, 'out', `sample-${lang}.js`), 'utf8');
      expect(program).toContain(`'${SANDBOX_DEMO.url}'`);
      const local = join(project, 'out', `sample-${lang}.local.js`);
      await writeFile(local, program.replace(SANDBOX_DEMO.url, url));
      const { stdout, stderr } = await run(process.execPath, [local]);
      expect(stderr).toBe('');
      expect(stdout.trim()).toMatch(/^204 \S+$/);
      expect(sandbox.state.desktop(SANDBOX_DEMO.projectId, SANDBOX_DEMO.desktopId)).toBeUndefined();
    } finally {
      await sandbox.close();
    }
  });
});
