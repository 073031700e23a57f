// @ts-check

/** @typedef {ReturnType<typeof import('./model.mjs').buildModel>} Model */
/** @typedef {Model['operations'][number]} Operation */

/**
 * A TypeScript literal of a JSON value (formatted later by Biome).
 * @param {unknown} value
 */
export const literal = (value) => JSON.stringify(value, null, 2);

/**
 * A JSDoc block from lines of text (`*\/` escaped).
 * @param {string[]} lines
 * @param {string} [indent]
 */
export function jsdoc(lines, indent = '') {
  const body = lines.flatMap((line) => line.split('\n')).map((line) => line.replace(/\*\//g, '*\\/').trimEnd());
  if (body.length === 1) return `${indent}/** ${body[0]} */\n`;
  return `${indent}/**\n${body.map((line) => `${indent} *${line ? ` ${line}` : ''}`).join('\n')}\n${indent} */\n`;
}

/**
 * One exported constant with its JSDoc: a literal type checked against `type` (`as const satisfies type`), or, with
 * `widen`, declared as `type` (for large values that code iterates over rather than derives types from).
 * @param {string} name
 * @param {unknown} value
 * @param {string} doc
 * @param {string} [type]
 * @param {{ widen?: boolean }} [options]
 */
export function constant(name, value, doc, type, { widen = false } = {}) {
  if (widen && type) return `${jsdoc([doc])}export const ${name}: ${type} = ${literal(value)};\n`;
  return `${jsdoc([doc])}export const ${name} = ${literal(value)} as const${type ? ` satisfies ${type}` : ''};\n`;
}

/**
 * The request side of an operation, without texts: what a client bundles.
 * @param {Operation} operation
 */
export function requestModelOf(operation) {
  return {
    operationId: operation.operationId,
    method: operation.method,
    path: operation.path,
    parameters: operation.parameters.map(({ description: _d, example: _e, ...lean }) => lean),
    success: operation.success,
    statuses: operation.statuses,
    sdkContentType: operation.sdkContentType,
  };
}

/**
 * The AK/SK signing facts as constants a bundler can drop one by one: each fact as `signing<Fact>`
 * (`signingDateHeader`), the headers each official SDK signs as `<sdk>SignedHeaders` (`nodejsSignedHeaders`), and
 * `signing` (typed `SigningModel`) made of them, so that a program that reads a few facts bundles only those.
 * @param {Record<string, any>} signing the `x-signing` object of the spec model
 * @param {string} scheme the name of its security scheme
 */
export function emitSigning(signing, scheme) {
  const { sdkSignedHeaders, ...facts } = signing;
  let out = '';
  /** @type {string[]} */
  const fields = [];
  for (const [fact, value] of Object.entries(facts)) {
    const name = `signing${fact[0]?.toUpperCase()}${fact.slice(1)}`;
    out += `${constant(name, value, `\`x-signing.${fact}\` of the \`${scheme}\` scheme (\`signing.${fact}\`).`)}\n`;
    fields.push(`${fact}: ${name}`);
  }
  /** @type {string[]} */
  const sdks = [];
  for (const { sdk, version, signedHeaders } of sdkSignedHeaders) {
    if (!/^[a-z][a-z0-9]*$/.test(sdk)) {
      throw new Error(
        `spec: x-signing.sdkSignedHeaders names the SDK ${JSON.stringify(sdk)}: use a lower-case word such as "nodejs".`,
      );
    }
    const name = `${sdk}SignedHeaders`;
    out += `${constant(name, signedHeaders, `The headers the official ${sdk} SDK (${version}) signs (\`x-signing.sdkSignedHeaders\`).`)}\n`;
    sdks.push(`{ sdk: ${literal(sdk)}, version: ${literal(version)}, signedHeaders: ${name} }`);
  }
  fields.push(`sdkSignedHeaders: [${sdks.join(', ')}]`);
  out += jsdoc([`The AK/SK signing facts (\`x-signing\` of the \`${scheme}\` scheme).`]);
  out += `export const signing = { ${fields.join(', ')} } as const satisfies SigningModel;\n`;
  return out;
}

/**
 * The TypeScript type of a parameter's value.
 * @param {Record<string, any>} parameter
 */
function valueType(parameter) {
  if (Array.isArray(parameter.enum)) return parameter.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (parameter.type === 'integer' || parameter.type === 'number') return 'number';
  if (parameter.type === 'boolean') return 'boolean';
  return 'string';
}

/**
 * What a parameter's JSDoc says beyond its description: limits, default and where it is sent.
 * @param {Record<string, any>} parameter
 */
function parameterNotes(parameter) {
  const notes = [];
  if (parameter.minLength !== undefined && parameter.maxLength !== undefined) {
    notes.push(`${parameter.minLength} to ${parameter.maxLength} characters.`);
  } else if (parameter.maxLength !== undefined) {
    notes.push(`At most ${parameter.maxLength} characters.`);
  } else if (parameter.minLength !== undefined) {
    notes.push(`At least ${parameter.minLength} characters.`);
  }
  if (parameter.minimum !== undefined) notes.push(`At least ${parameter.minimum}.`);
  if (parameter.maximum !== undefined) notes.push(`At most ${parameter.maximum}.`);
  if (parameter.pattern !== undefined) notes.push(`Matches \`${parameter.pattern}\`.`);
  if (parameter.default !== undefined)
    notes.push(`Default \`${JSON.stringify(parameter.default)}\` (applied by the server when unset).`);
  notes.push(`Sent as the ${parameter.in} parameter \`${parameter.name}\`.`);
  return notes.join(' ');
}

/**
 * The friendly parameter interface of every operation: camelCase names, JSDoc from the spec's English description
 * with the limits and the default, optional parameters `?: T | undefined`. Parameters in `omit` (such as the project,
 * which a client takes from its configuration) are left out.
 * @param {Model} model
 * @param {{ omit?: readonly string[] }} [options]
 */
export function emitParams(model, { omit = [] } = {}) {
  let out = '';
  for (const operation of model.operations) {
    const kept = operation.parameters.filter((p) => !omit.includes(p.name) && p.in !== 'header' && p.in !== 'cookie');
    out += jsdoc(
      [
        `Parameters of ${operation.operationId} (\`${operation.method} ${operation.path}\`), named in camelCase.`,
        omit.length > 0
          ? `\`${omit.join('`, `')}\` come${omit.length === 1 ? 's' : ''} from the client's configuration.`
          : '',
        'Optional parameters left unset are not sent.',
      ].filter(Boolean),
    );
    out += `export interface ${operation.operationId}Params {\n`;
    for (const parameter of kept) {
      out += jsdoc([parameter.description.en || parameter.name, '', parameterNotes(parameter)], '  ');
      out += `  ${parameter.key}${parameter.required ? '' : '?'}: ${valueType(parameter)}${parameter.required ? '' : ' | undefined'};\n`;
    }
    out += '}\n\n';
  }
  return out;
}
