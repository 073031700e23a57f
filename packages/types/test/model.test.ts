import { describe, expect, it } from 'vitest';
import * as generated from '../src/index.js';
import {
  DeleteDesktopRequest,
  defaultRegion,
  endpointTemplate,
  model,
  regions,
  sandboxCases,
  sandboxUrl,
  signing,
} from '../src/index.js';
import { validators } from '../src/validators.js';

const [operation] = model.operations;
if (!operation) throw new Error('the spec model has no operation');

describe('spec model', () => {
  it('has a lean request model per operation that equals the full model without texts', () => {
    const full = model.operations.find((o) => o.operationId === DeleteDesktopRequest.operationId);
    expect(full).toBeDefined();
    expect(DeleteDesktopRequest.parameters).toEqual(
      full?.parameters.map(({ description: _d, example: _e, ...lean }) => lean),
    );
    expect(DeleteDesktopRequest.statuses).toEqual(full?.responses.map((r) => r.status));
  });

  it('derives the server conveniences from the servers', () => {
    const region = model.servers[0]?.variables.find((v) => v.name === 'region');
    expect(regions).toEqual(region?.enum);
    expect(regions).toContain(defaultRegion);
    expect(endpointTemplate).toBe(model.servers[0]?.url);
    expect(sandboxUrl).toBe(model.servers[1]?.url);
  });

  it("exports every signing fact and every SDK's signed headers on its own, equal to the model's", () => {
    const aksk = model.securitySchemes.find((s) => s.kind === 'aksk');
    expect(signing).toEqual(aksk?.signing);
    const { sdkSignedHeaders, ...facts } = signing;
    const exported = generated as Record<string, unknown>;
    for (const [fact, value] of Object.entries(facts)) {
      expect(exported[`signing${fact[0]?.toUpperCase()}${fact.slice(1)}`], fact).toBe(value);
    }
    for (const { sdk, signedHeaders } of sdkSignedHeaders)
      expect(exported[`${sdk}SignedHeaders`], sdk).toBe(signedHeaders);
  });

  it('names the project parameter in the signing facts as a path parameter of every operation that has it', () => {
    for (const o of model.operations) {
      const project = o.parameters.find((p) => p.name === signing.projectParameter);
      if (project) expect(project.in).toBe('path');
    }
  });

  it('names every sandbox case of the spec in the case vocabulary', () => {
    const used = model.operations.flatMap((o) => o.responses.flatMap((r) => r.errorCodes.map((c) => c.sandboxCase)));
    expect(used.filter((c) => c !== undefined && !(sandboxCases as readonly string[]).includes(c))).toEqual([]);
  });

  it('files every error code under a documented status', () => {
    for (const o of model.operations) {
      for (const response of o.responses) {
        for (const code of response.errorCodes) expect(code.status).toBe(response.status);
      }
    }
  });
});

describe('validators compiled from the spec', () => {
  const v = validators.DeleteDesktop;
  const valid = Object.fromEntries(
    operation.parameters.map((p) => [p.name, p.type === 'boolean' ? true : 'x'.repeat(p.minLength ?? 1)]),
  );

  it('accept parameters within every limit', () => {
    expect(v.parameters(valid), JSON.stringify(v.parameters.errors)).toBe(true);
  });

  it.each(operation.parameters.filter((p) => p.type === 'boolean').map((p) => [p.name]))(
    'reject a non-boolean %s',
    (name) => {
      expect(v.parameters({ ...valid, [name]: 'yes' })).toBe(false);
      expect(v.parameters.errors?.[0]?.instancePath).toBe(`/${name}`);
    },
  );

  it.each(operation.parameters.filter((p) => p.maxLength !== undefined).map((p) => [p.name, p.maxLength ?? 0]))(
    'reject %s one character over its maximum length',
    (name, max) => {
      expect(v.parameters({ ...valid, [name]: 'x'.repeat(max) })).toBe(true);
      expect(v.parameters({ ...valid, [name]: 'x'.repeat(max + 1) })).toBe(false);
      expect(v.parameters.errors?.[0]?.keyword).toBe('maxLength');
    },
  );

  it.each(operation.parameters.filter((p) => p.required).map((p) => [p.name]))('require %s', (name) => {
    const { [name]: _gone, ...rest } = valid;
    expect(v.parameters(rest)).toBe(false);
  });

  it('count length in code points, as JSON Schema does', () => {
    const [p] = operation.parameters.filter((x) => x.maxLength !== undefined);
    if (!p?.maxLength) return;
    expect(v.parameters({ ...valid, [p.name]: '😀'.repeat(p.maxLength) })).toBe(true);
  });

  const examples = model.operations.flatMap((o) =>
    o.responses.flatMap((r) =>
      r.content.flatMap((c) => c.examples.map((e) => [o.operationId, r.status, e.name, e.value] as const)),
    ),
  );
  it.each(examples)('%s %s example %s validates against its body validator', (id, status, _name, value) => {
    const body = (validators as Record<string, any>)[id].responses[status].body;
    expect(body(value), JSON.stringify(body.errors)).toBe(true);
  });

  it('reject a body that breaks the error schema, and a header outside its schema', () => {
    const error = operation.responses.find((r) => r.content.length > 0);
    const body = (v.responses as Record<number, any>)[error?.status ?? 0].body;
    expect(body({ error_code: 42 })).toBe(false);
    const header = operation.responses.flatMap((r) => r.headers.map((h) => [r.status, h] as const))[0];
    if (header) {
      const check = (v.responses as Record<number, any>)[header[0]].headers[header[1].name.toLowerCase()];
      expect(check(header[1].schema && typeof header[1].schema === 'object' ? '' : 0)).toBe(false);
    }
  });
});
