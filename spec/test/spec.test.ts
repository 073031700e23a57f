import { fileURLToPath } from 'node:url';
import { buildModel, loadDocument } from '@desktop-api/codegen';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';

// Invariants of the spec, read through the one spec reader (@desktop-api/codegen). The spec's values themselves are
// not pinned here: `spec/released/openapi.json` and `pnpm check:breaking` catch unintended changes.
const document = loadDocument(fileURLToPath(new URL('../dist/openapi.json', import.meta.url)));
const model = buildModel(document);
const ajv = new Ajv2020({ strict: false, allErrors: true });
for (const [name, schema] of Object.entries(model.schemas))
  ajv.addSchema(schema as object, `#/components/schemas/${name}`);

type Text = { en: string; 'zh-CN': string };

/** Every text of the model with where it stands, found by walking it. */
function texts(value: unknown, at = 'model'): Array<[string, Text]> {
  if (Array.isArray(value)) return value.flatMap((item, i) => texts(item, `${at}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (typeof record.en === 'string' && typeof record['zh-CN'] === 'string' && Object.keys(record).length === 2) {
    return [[at, record as Text]];
  }
  return Object.entries(record).flatMap(([key, child]) => texts(child, `${at}.${key}`));
}

/** Every example value, as text, with where it stands. */
function exampleTexts(): Array<[string, string]> {
  return model.operations.flatMap((o) =>
    o.responses.flatMap((r) =>
      r.content.flatMap((c) =>
        c.examples.map((e) => [`${o.operationId} ${r.status} ${e.name}`, JSON.stringify(e.value)] as [string, string]),
      ),
    ),
  );
}

const stringLimits = new Set<number>();
(function collect(value: unknown): void {
  if (Array.isArray(value)) value.forEach(collect);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if ((key === 'minLength' || key === 'maxLength') && typeof child === 'number') stringLimits.add(child);
      else collect(child);
    }
  }
})(document);
const signing = model.securitySchemes.find((s) => s.kind === 'aksk')?.signing as Record<string, any> | undefined;
const documentedStatuses = new Set(model.operations.flatMap((o) => o.statuses));

describe('operations', () => {
  it('there is at least one, each with a success status and an error status', () => {
    expect(model.operations.length).toBeGreaterThan(0);
    for (const o of model.operations) {
      expect(o.success, o.operationId).not.toBeNull();
      expect(
        o.statuses.some((s) => s >= 400),
        o.operationId,
      ).toBe(true);
    }
  });

  it.each(model.operations.map((o) => [o.operationId, o] as const))(
    '%s is authenticated by known schemes',
    (_id, o) => {
      expect(o.security.length).toBeGreaterThan(0);
      for (const scheme of o.security) expect(model.securitySchemes.map((s) => s.name)).toContain(scheme);
    },
  );

  it.each(model.operations.filter((o) => o.iam).map((o) => [o.operationId, o] as const))(
    '%s names its IAM action as service:resource:verb',
    (_id, o) => {
      expect(o.iam?.action).toMatch(/^[a-z]+:[a-zA-Z]+:[a-zA-Z]+$/);
    },
  );

  it.each(model.operations.filter((o) => o.requestExample).map((o) => [o.operationId, o] as const))(
    '%s has a request example that matches its method and path template',
    (_id, o) => {
      const pattern = new RegExp(`^${o.method} ${o.path.replace(/\{[^}]+\}/g, '[^/]+')}(\\?.*)?$`);
      expect(o.requestExample).toMatch(pattern);
    },
  );
});

describe('texts', () => {
  const all = texts(model);

  it('exist in both languages', () => {
    expect(all.length).toBeGreaterThan(0);
    const untranslated = all.filter(([, t]) => t.en !== '' && t['zh-CN'] === t.en && /[a-z]{3,}/.test(t.en));
    expect(untranslated.map(([at]) => at)).toEqual([]);
  });

  it('every parameter, response and error code is described', () => {
    for (const o of model.operations) {
      for (const p of o.parameters) expect(p.description.en, `${o.operationId} ${p.name}`).not.toBe('');
      for (const r of o.responses) expect(r.description.en, `${o.operationId} ${r.status}`).not.toBe('');
      for (const r of o.responses) for (const c of r.errorCodes) expect(c.message.en, c.code).not.toBe('');
    }
  });

  const prose = [
    ...all.flatMap(
      ([at, t]) =>
        [
          [at, t.en],
          [at, t['zh-CN']],
        ] as Array<[string, string]>,
    ),
    ...exampleTexts(),
  ];

  it('never contradict a length limit of a schema', () => {
    const stated = prose.flatMap(([at, text]) =>
      [...text.matchAll(/(\d+)\s*(?:to|-|–)?\s*(\d+)?\s*(?:characters|chars|个字符)/g)].flatMap((m) =>
        [m[1], m[2]].filter((n): n is string => n !== undefined).map((n) => [at, Number(n)] as const),
      ),
    );
    expect(stated.filter(([, n]) => !stringLimits.has(n))).toEqual([]);
  });

  it('name only statuses some operation documents', () => {
    const named = prose.flatMap(([at, text]) =>
      [...text.matchAll(/`([1-5]\d\d)`/g)].map((m) => [at, Number(m[1])] as const),
    );
    expect(named.filter(([, s]) => !documentedStatuses.has(s))).toEqual([]);
  });

  it('state no clock skew or lockout that x-signing does not', () => {
    const minutes = new Set([signing?.maxClockSkewMinutes, signing?.lockout?.minutes].filter((n) => n !== undefined));
    const stated = prose.flatMap(([at, text]) =>
      [...text.matchAll(/(\d+)\s*(?:minutes|分钟)/g)].map((m) => [at, Number(m[1])] as const),
    );
    expect(stated.filter(([, n]) => !minutes.has(n))).toEqual([]);
  });
});

describe('parameters', () => {
  const all = model.operations.flatMap((o) => o.parameters.map((p) => [o.operationId, p.name, o, p] as const));

  it.each(all)('%s %s: its example validates against its schema', (_id, _name, o, p) => {
    if (p.example === null) return;
    const validate = ajv.compile(o.parameterSchemas[`${p.in} ${p.name}`] as object);
    expect(validate(p.example), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(all.filter(([, , , p]) => p.default !== undefined))('%s %s: its default validates', (_id, _name, o, p) => {
    expect(ajv.validate(o.parameterSchemas[`${p.in} ${p.name}`] as object, p.default)).toBe(true);
  });

  it.each(all.filter(([, , , p]) => p.in === 'path'))(
    '%s %s: a path parameter is required and non-empty',
    (_i, _n, _o, p) => {
      expect(p.required).toBe(true);
      expect(p.minLength ?? 0).toBeGreaterThan(0);
    },
  );
});

describe('responses', () => {
  const errors = model.operations.flatMap((o) =>
    o.responses.filter((r) => r.status >= 400).map((r) => [o.operationId, r.status, r] as const),
  );

  it.each(errors)(
    '%s %s has a JSON body with a schema, an example that validates, and documented codes',
    (_id, _s, r) => {
      const json = r.content.find((c) => c.mediaType === 'application/json');
      expect(json?.schema).toBeTruthy();
      expect(json?.examples.length).toBeGreaterThan(0);
      const validate = ajv.getSchema(`#/components/schemas/${json?.schema}`);
      for (const example of json?.examples ?? []) {
        expect(validate?.(example.value), `${example.name}: ${JSON.stringify(validate?.errors)}`).toBe(true);
        const code = (example.value as { error_code?: string }).error_code;
        if (code !== undefined)
          expect(
            r.errorCodes.map((c) => c.code),
            example.name,
          ).toContain(code);
      }
    },
  );

  it.each(model.operations.flatMap((o) => o.responses.map((r) => [o.operationId, r.status, r] as const)))(
    '%s %s sends X-Request-Id as a required header with a schema',
    (_id, _s, r) => {
      const header = r.headers.find((h) => h.name.toLowerCase() === 'x-request-id');
      expect(header?.required).toBe(true);
      expect(header?.schema).toMatchObject({ type: 'string' });
    },
  );
});

describe('error codes', () => {
  const codes = model.operations.flatMap((o) =>
    o.responses.flatMap((r) => r.errorCodes.map((c) => [c.status, c.code, c] as const)),
  );
  const maxCode = (model.schemas.ErrorResponse as { properties?: { error_code?: { maxLength?: number } } })?.properties
    ?.error_code?.maxLength;

  it.each(codes)('%s %s fits the error schema and marks its source', (_s, code, c) => {
    if (maxCode !== undefined) expect(code.length).toBeLessThanOrEqual(maxCode);
    if (c.source === 'sandbox-defined') expect(code).toMatch(/^SANDBOX\./);
    else expect(code).not.toMatch(/^SANDBOX\./);
  });

  it('a sandbox case names one code per operation', () => {
    for (const o of model.operations) {
      const cases = o.responses.flatMap((r) => r.errorCodes.flatMap((c) => (c.sandboxCase ? [c.sandboxCase] : [])));
      expect(new Set(cases).size, o.operationId).toBe(cases.length);
    }
  });

  it('the not-simulated answer of the sandbox is a sandbox-defined code', () => {
    if (!model.sandbox) return;
    expect(model.sandbox.notSimulated.code).toMatch(/^SANDBOX\./);
    expect(model.sandbox.notSimulated.status).toBeGreaterThanOrEqual(400);
  });
});

describe('signing', () => {
  it('every official SDK signs the headers the gateway requires', () => {
    expect(signing).toBeDefined();
    for (const sdk of signing?.sdkSignedHeaders ?? []) {
      for (const required of signing?.requiredSignedHeaders ?? [])
        expect(sdk.signedHeaders, sdk.sdk).toContain(required);
      expect([...sdk.signedHeaders].sort(), sdk.sdk).toEqual(sdk.signedHeaders);
    }
  });

  it('the project parameter is a path parameter of every operation under a project', () => {
    for (const o of model.operations.filter((x) => x.path.includes(`{${signing?.projectParameter}}`))) {
      expect(o.parameters.find((p) => p.name === signing?.projectParameter)?.in).toBe('path');
    }
  });
});

describe('servers', () => {
  it('each variable defaults to one of its values', () => {
    for (const server of model.servers) {
      for (const variable of server.variables)
        if (variable.enum.length > 0) expect(variable.enum).toContain(variable.default);
    }
  });
});
