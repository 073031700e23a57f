// Generated from admin-openapi.yaml and the spec by `pnpm generate` (packages/mock-server/scripts/generate.mjs). Do not edit by hand.

export const getIndex_parameters = validate20;
const schema31 = { $id: 'getIndex_parameters', type: 'object', properties: {}, required: [] };

function validate20(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="getIndex_parameters" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!(data && typeof data == 'object' && !Array.isArray(data))) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { dynamicProps: false, dynamicItems: false };

export const getIndex_200_body = validate21;
const schema32 = { $id: 'getIndex_200_body', $ref: 'urn:desktop-api:schemas#/$defs/AdminIndex' };
const schema34 = {
  type: 'object',
  additionalProperties: false,
  required: ['document', 'routes'],
  properties: {
    document: { type: 'string', description: 'The path of this document on the sandbox.' },
    routes: { type: 'array', items: { $ref: 'urn:desktop-api:schemas#/$defs/AdminRoute' } },
  },
};
const schema35 = {
  type: 'object',
  additionalProperties: false,
  required: ['method', 'path', 'operationId', 'summary'],
  properties: {
    method: { type: 'string' },
    path: { type: 'string' },
    operationId: { type: 'string' },
    summary: { type: 'string' },
  },
};

function validate23(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.document === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'document' },
        message: "must have required property '" + 'document' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.routes === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'routes' },
        message: "must have required property '" + 'routes' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'document' || key0 === 'routes')) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.document !== undefined) {
      if (typeof data.document !== 'string') {
        const err3 = {
          instancePath: instancePath + '/document',
          schemaPath: '#/properties/document/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.routes !== undefined) {
      let data1 = data.routes;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
            if (data2.method === undefined) {
              const err4 = {
                instancePath: instancePath + '/routes/' + i0,
                schemaPath: 'urn:desktop-api:schemas#/$defs/AdminRoute/required',
                keyword: 'required',
                params: { missingProperty: 'method' },
                message: "must have required property '" + 'method' + "'",
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data2.path === undefined) {
              const err5 = {
                instancePath: instancePath + '/routes/' + i0,
                schemaPath: 'urn:desktop-api:schemas#/$defs/AdminRoute/required',
                keyword: 'required',
                params: { missingProperty: 'path' },
                message: "must have required property '" + 'path' + "'",
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data2.operationId === undefined) {
              const err6 = {
                instancePath: instancePath + '/routes/' + i0,
                schemaPath: 'urn:desktop-api:schemas#/$defs/AdminRoute/required',
                keyword: 'required',
                params: { missingProperty: 'operationId' },
                message: "must have required property '" + 'operationId' + "'",
              };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (data2.summary === undefined) {
              const err7 = {
                instancePath: instancePath + '/routes/' + i0,
                schemaPath: 'urn:desktop-api:schemas#/$defs/AdminRoute/required',
                keyword: 'required',
                params: { missingProperty: 'summary' },
                message: "must have required property '" + 'summary' + "'",
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            for (const key1 in data2) {
              if (!(key1 === 'method' || key1 === 'path' || key1 === 'operationId' || key1 === 'summary')) {
                const err8 = {
                  instancePath: instancePath + '/routes/' + i0,
                  schemaPath: 'urn:desktop-api:schemas#/$defs/AdminRoute/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key1 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data2.method !== undefined) {
              if (typeof data2.method !== 'string') {
                const err9 = {
                  instancePath: instancePath + '/routes/' + i0 + '/method',
                  schemaPath: 'urn:desktop-api:schemas#/$defs/AdminRoute/properties/method/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data2.path !== undefined) {
              if (typeof data2.path !== 'string') {
                const err10 = {
                  instancePath: instancePath + '/routes/' + i0 + '/path',
                  schemaPath: 'urn:desktop-api:schemas#/$defs/AdminRoute/properties/path/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data2.operationId !== undefined) {
              if (typeof data2.operationId !== 'string') {
                const err11 = {
                  instancePath: instancePath + '/routes/' + i0 + '/operationId',
                  schemaPath: 'urn:desktop-api:schemas#/$defs/AdminRoute/properties/operationId/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data2.summary !== undefined) {
              if (typeof data2.summary !== 'string') {
                const err12 = {
                  instancePath: instancePath + '/routes/' + i0 + '/summary',
                  schemaPath: 'urn:desktop-api:schemas#/$defs/AdminRoute/properties/summary/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = {
              instancePath: instancePath + '/routes/' + i0,
              schemaPath: 'urn:desktop-api:schemas#/$defs/AdminRoute/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/routes',
          schemaPath: '#/properties/routes/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate21(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="getIndex_200_body" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate23(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
    errors = vErrors.length;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const getIndex_200_header_X_Request_Id = validate25;
const schema36 = { $id: 'getIndex_200_header_X_Request_Id', type: 'string', pattern: '^[0-9a-f]{32}$' };
const pattern4 = new RegExp('^[0-9a-f]{32}$', 'u');

function validate25(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="getIndex_200_header_X_Request_Id" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data === 'string') {
    if (!pattern4.test(data)) {
      const err0 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[0-9a-f]{32}$' },
        message: 'must match pattern "' + '^[0-9a-f]{32}$' + '"',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { dynamicProps: false, dynamicItems: false };

export const getDocument_parameters = validate26;
const schema37 = { $id: 'getDocument_parameters', type: 'object', properties: {}, required: [] };

function validate26(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="getDocument_parameters" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!(data && typeof data == 'object' && !Array.isArray(data))) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { dynamicProps: false, dynamicItems: false };

export const getDocument_200_header_X_Request_Id = validate27;
const schema38 = { $id: 'getDocument_200_header_X_Request_Id', type: 'string', pattern: '^[0-9a-f]{32}$' };

function validate27(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="getDocument_200_header_X_Request_Id" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data === 'string') {
    if (!pattern4.test(data)) {
      const err0 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[0-9a-f]{32}$' },
        message: 'must match pattern "' + '^[0-9a-f]{32}$' + '"',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { dynamicProps: false, dynamicItems: false };

export const getHealth_parameters = validate28;
const schema39 = { $id: 'getHealth_parameters', type: 'object', properties: {}, required: [] };

function validate28(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="getHealth_parameters" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate28.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!(data && typeof data == 'object' && !Array.isArray(data))) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
validate28.evaluated = { dynamicProps: false, dynamicItems: false };

export const getHealth_200_body = validate29;
const schema40 = { $id: 'getHealth_200_body', $ref: 'urn:desktop-api:schemas#/$defs/Health' };
const schema41 = {
  type: 'object',
  additionalProperties: false,
  required: ['ok'],
  properties: { ok: { type: 'boolean', const: true } },
};

function validate29(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="getHealth_200_body" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate29.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.ok === undefined) {
      const err0 = {
        instancePath,
        schemaPath: 'urn:desktop-api:schemas#/$defs/Health/required',
        keyword: 'required',
        params: { missingProperty: 'ok' },
        message: "must have required property '" + 'ok' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'ok')) {
        const err1 = {
          instancePath,
          schemaPath: 'urn:desktop-api:schemas#/$defs/Health/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.ok !== undefined) {
      let data0 = data.ok;
      if (typeof data0 !== 'boolean') {
        const err2 = {
          instancePath: instancePath + '/ok',
          schemaPath: 'urn:desktop-api:schemas#/$defs/Health/properties/ok/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (true !== data0) {
        const err3 = {
          instancePath: instancePath + '/ok',
          schemaPath: 'urn:desktop-api:schemas#/$defs/Health/properties/ok/const',
          keyword: 'const',
          params: { allowedValue: true },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = {
      instancePath,
      schemaPath: 'urn:desktop-api:schemas#/$defs/Health/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const getHealth_200_header_X_Request_Id = validate30;
const schema42 = { $id: 'getHealth_200_header_X_Request_Id', type: 'string', pattern: '^[0-9a-f]{32}$' };

function validate30(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="getHealth_200_header_X_Request_Id" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data === 'string') {
    if (!pattern4.test(data)) {
      const err0 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[0-9a-f]{32}$' },
        message: 'must match pattern "' + '^[0-9a-f]{32}$' + '"',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { dynamicProps: false, dynamicItems: false };

export const reset_parameters = validate31;
const schema43 = { $id: 'reset_parameters', type: 'object', properties: {}, required: [] };

function validate31(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="reset_parameters" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate31.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!(data && typeof data == 'object' && !Array.isArray(data))) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
validate31.evaluated = { dynamicProps: false, dynamicItems: false };

export const reset_204_header_X_Request_Id = validate32;
const schema44 = { $id: 'reset_204_header_X_Request_Id', type: 'string', pattern: '^[0-9a-f]{32}$' };

function validate32(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="reset_204_header_X_Request_Id" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate32.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data === 'string') {
    if (!pattern4.test(data)) {
      const err0 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[0-9a-f]{32}$' },
        message: 'must match pattern "' + '^[0-9a-f]{32}$' + '"',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
validate32.evaluated = { dynamicProps: false, dynamicItems: false };

export const listDesktops_parameters = validate33;
const schema45 = {
  $id: 'listDesktops_parameters',
  type: 'object',
  properties: {
    project_id: {
      type: 'string',
      minLength: 1,
      maxLength: 255,
      description: "A project ID, with the schema of the public spec's `project_id` parameter.",
    },
  },
  required: ['project_id'],
};
const func1 = function (str) {
  let length = 0;
  let pos = 0;
  while (pos < str.length) {
    length++;
    const value = str.charCodeAt(pos++);
    if (value >= 0xd800 && value <= 0xdbff && pos < str.length && (str.charCodeAt(pos) & 0xfc00) === 0xdc00) pos++;
  }
  return length;
};

function validate33(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="listDesktops_parameters" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate33.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project_id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project_id' },
        message: "must have required property '" + 'project_id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.project_id !== undefined) {
      let data0 = data.project_id;
      if (typeof data0 === 'string') {
        if (func1(data0) > 255) {
          const err1 = {
            instancePath: instancePath + '/project_id',
            schemaPath: '#/properties/project_id/maxLength',
            keyword: 'maxLength',
            params: { limit: 255 },
            message: 'must NOT have more than 255 characters',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err2 = {
            instancePath: instancePath + '/project_id',
            schemaPath: '#/properties/project_id/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/project_id',
          schemaPath: '#/properties/project_id/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
validate33.evaluated = { props: { project_id: true }, dynamicProps: false, dynamicItems: false };

export const listDesktops_200_body = validate34;
const schema46 = { $id: 'listDesktops_200_body', $ref: 'urn:desktop-api:schemas#/$defs/DesktopList' };
const schema47 = {
  type: 'object',
  additionalProperties: false,
  required: ['desktops'],
  properties: { desktops: { type: 'array', items: { $ref: 'urn:desktop-api:schemas#/$defs/Desktop' } } },
};
const schema48 = {
  type: 'object',
  additionalProperties: false,
  required: ['desktop_id', 'project_id', 'status', 'task', 'user'],
  properties: {
    desktop_id: { $ref: 'urn:desktop-api:schemas#/$defs/DesktopId' },
    project_id: { $ref: 'urn:desktop-api:schemas#/$defs/ProjectId' },
    status: {
      description: "The desktop's status; `DELETING` while an asynchronous delete runs.",
      anyOf: [{ $ref: 'urn:desktop-api:schemas#/$defs/DesktopStatus' }, { type: 'string', const: 'DELETING' }],
    },
    task: {
      description: 'The running task (for example `rebooting`), or null when idle.',
      anyOf: [{ $ref: 'urn:desktop-api:schemas#/$defs/Name' }, { type: 'null' }],
    },
    user: {
      description: 'The user the desktop is assigned to, or null.',
      anyOf: [{ $ref: 'urn:desktop-api:schemas#/$defs/Name' }, { type: 'null' }],
    },
  },
};
const schema49 = {
  type: 'string',
  minLength: 1,
  maxLength: 255,
  description: "A desktop ID, with the schema of the public spec's `desktop_id` parameter.",
};
const schema50 = {
  type: 'string',
  minLength: 1,
  maxLength: 255,
  description: "A project ID, with the schema of the public spec's `project_id` parameter.",
};
const schema51 = {
  type: 'string',
  enum: ['ACTIVE', 'SHUTOFF', 'ERROR', 'HIBERNATED'],
  description: 'The status a desktop is seeded or created with.',
};
const schema52 = {
  type: 'string',
  minLength: 1,
  maxLength: 128,
  description: "A user or task name (the sandbox's own limit).",
};

function validate36(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate36.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.desktop_id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'desktop_id' },
        message: "must have required property '" + 'desktop_id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.project_id === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project_id' },
        message: "must have required property '" + 'project_id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.status === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'status' },
        message: "must have required property '" + 'status' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.task === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'task' },
        message: "must have required property '" + 'task' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.user === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'user' },
        message: "must have required property '" + 'user' + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (
        !(key0 === 'desktop_id' || key0 === 'project_id' || key0 === 'status' || key0 === 'task' || key0 === 'user')
      ) {
        const err5 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.desktop_id !== undefined) {
      let data0 = data.desktop_id;
      if (typeof data0 === 'string') {
        if (func1(data0) > 255) {
          const err6 = {
            instancePath: instancePath + '/desktop_id',
            schemaPath: 'urn:desktop-api:schemas#/$defs/DesktopId/maxLength',
            keyword: 'maxLength',
            params: { limit: 255 },
            message: 'must NOT have more than 255 characters',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err7 = {
            instancePath: instancePath + '/desktop_id',
            schemaPath: 'urn:desktop-api:schemas#/$defs/DesktopId/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/desktop_id',
          schemaPath: 'urn:desktop-api:schemas#/$defs/DesktopId/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.project_id !== undefined) {
      let data1 = data.project_id;
      if (typeof data1 === 'string') {
        if (func1(data1) > 255) {
          const err9 = {
            instancePath: instancePath + '/project_id',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ProjectId/maxLength',
            keyword: 'maxLength',
            params: { limit: 255 },
            message: 'must NOT have more than 255 characters',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (func1(data1) < 1) {
          const err10 = {
            instancePath: instancePath + '/project_id',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ProjectId/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/project_id',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ProjectId/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.status !== undefined) {
      let data2 = data.status;
      const _errs9 = errors;
      let valid3 = false;
      const _errs10 = errors;
      if (typeof data2 !== 'string') {
        const err12 = {
          instancePath: instancePath + '/status',
          schemaPath: 'urn:desktop-api:schemas#/$defs/DesktopStatus/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (!(data2 === 'ACTIVE' || data2 === 'SHUTOFF' || data2 === 'ERROR' || data2 === 'HIBERNATED')) {
        const err13 = {
          instancePath: instancePath + '/status',
          schemaPath: 'urn:desktop-api:schemas#/$defs/DesktopStatus/enum',
          keyword: 'enum',
          params: { allowedValues: schema51.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      var _valid0 = _errs10 === errors;
      valid3 = valid3 || _valid0;
      const _errs13 = errors;
      if (typeof data2 !== 'string') {
        const err14 = {
          instancePath: instancePath + '/status',
          schemaPath: '#/properties/status/anyOf/1/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if ('DELETING' !== data2) {
        const err15 = {
          instancePath: instancePath + '/status',
          schemaPath: '#/properties/status/anyOf/1/const',
          keyword: 'const',
          params: { allowedValue: 'DELETING' },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      var _valid0 = _errs13 === errors;
      valid3 = valid3 || _valid0;
      if (!valid3) {
        const err16 = {
          instancePath: instancePath + '/status',
          schemaPath: '#/properties/status/anyOf',
          keyword: 'anyOf',
          params: {},
          message: 'must match a schema in anyOf',
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      } else {
        errors = _errs9;
        if (vErrors !== null) {
          if (_errs9) {
            vErrors.length = _errs9;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.task !== undefined) {
      let data3 = data.task;
      const _errs16 = errors;
      let valid5 = false;
      const _errs17 = errors;
      if (typeof data3 === 'string') {
        if (func1(data3) > 128) {
          const err17 = {
            instancePath: instancePath + '/task',
            schemaPath: 'urn:desktop-api:schemas#/$defs/Name/maxLength',
            keyword: 'maxLength',
            params: { limit: 128 },
            message: 'must NOT have more than 128 characters',
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (func1(data3) < 1) {
          const err18 = {
            instancePath: instancePath + '/task',
            schemaPath: 'urn:desktop-api:schemas#/$defs/Name/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = {
          instancePath: instancePath + '/task',
          schemaPath: 'urn:desktop-api:schemas#/$defs/Name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      var _valid1 = _errs17 === errors;
      valid5 = valid5 || _valid1;
      const _errs20 = errors;
      if (data3 !== null) {
        const err20 = {
          instancePath: instancePath + '/task',
          schemaPath: '#/properties/task/anyOf/1/type',
          keyword: 'type',
          params: { type: 'null' },
          message: 'must be null',
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      var _valid1 = _errs20 === errors;
      valid5 = valid5 || _valid1;
      if (!valid5) {
        const err21 = {
          instancePath: instancePath + '/task',
          schemaPath: '#/properties/task/anyOf',
          keyword: 'anyOf',
          params: {},
          message: 'must match a schema in anyOf',
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      } else {
        errors = _errs16;
        if (vErrors !== null) {
          if (_errs16) {
            vErrors.length = _errs16;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.user !== undefined) {
      let data4 = data.user;
      const _errs23 = errors;
      let valid7 = false;
      const _errs24 = errors;
      if (typeof data4 === 'string') {
        if (func1(data4) > 128) {
          const err22 = {
            instancePath: instancePath + '/user',
            schemaPath: 'urn:desktop-api:schemas#/$defs/Name/maxLength',
            keyword: 'maxLength',
            params: { limit: 128 },
            message: 'must NOT have more than 128 characters',
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (func1(data4) < 1) {
          const err23 = {
            instancePath: instancePath + '/user',
            schemaPath: 'urn:desktop-api:schemas#/$defs/Name/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = {
          instancePath: instancePath + '/user',
          schemaPath: 'urn:desktop-api:schemas#/$defs/Name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      var _valid2 = _errs24 === errors;
      valid7 = valid7 || _valid2;
      const _errs27 = errors;
      if (data4 !== null) {
        const err25 = {
          instancePath: instancePath + '/user',
          schemaPath: '#/properties/user/anyOf/1/type',
          keyword: 'type',
          params: { type: 'null' },
          message: 'must be null',
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      var _valid2 = _errs27 === errors;
      valid7 = valid7 || _valid2;
      if (!valid7) {
        const err26 = {
          instancePath: instancePath + '/user',
          schemaPath: '#/properties/user/anyOf',
          keyword: 'anyOf',
          params: {},
          message: 'must match a schema in anyOf',
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      } else {
        errors = _errs23;
        if (vErrors !== null) {
          if (_errs23) {
            vErrors.length = _errs23;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err27 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  validate36.errors = vErrors;
  return errors === 0;
}
validate36.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate35(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate35.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.desktops === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'desktops' },
        message: "must have required property '" + 'desktops' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'desktops')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.desktops !== undefined) {
      let data0 = data.desktops;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate36(data0[i0], {
              instancePath: instancePath + '/desktops/' + i0,
              parentData: data0,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/desktops',
          schemaPath: '#/properties/desktops/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
validate35.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate34(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="listDesktops_200_body" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate34.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate35(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
    errors = vErrors.length;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
validate34.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const listDesktops_200_header_X_Request_Id = validate39;
const schema54 = { $id: 'listDesktops_200_header_X_Request_Id', type: 'string', pattern: '^[0-9a-f]{32}$' };

function validate39(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="listDesktops_200_header_X_Request_Id" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate39.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data === 'string') {
    if (!pattern4.test(data)) {
      const err0 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[0-9a-f]{32}$' },
        message: 'must match pattern "' + '^[0-9a-f]{32}$' + '"',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
validate39.evaluated = { dynamicProps: false, dynamicItems: false };

export const listDesktops_400_body = validate40;
const schema55 = { $id: 'listDesktops_400_body', $ref: 'urn:desktop-api:schemas#/$defs/Error' };
const schema56 = {
  type: 'object',
  required: ['error_code', 'error_msg'],
  properties: {
    error_code: { type: 'string', description: 'A code the operation lists in `x-error-codes`.' },
    error_msg: { type: 'string', description: 'The problem and the fix.' },
  },
};

function validate40(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="listDesktops_400_body" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate40.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.error_code === undefined) {
      const err0 = {
        instancePath,
        schemaPath: 'urn:desktop-api:schemas#/$defs/Error/required',
        keyword: 'required',
        params: { missingProperty: 'error_code' },
        message: "must have required property '" + 'error_code' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.error_msg === undefined) {
      const err1 = {
        instancePath,
        schemaPath: 'urn:desktop-api:schemas#/$defs/Error/required',
        keyword: 'required',
        params: { missingProperty: 'error_msg' },
        message: "must have required property '" + 'error_msg' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.error_code !== undefined) {
      if (typeof data.error_code !== 'string') {
        const err2 = {
          instancePath: instancePath + '/error_code',
          schemaPath: 'urn:desktop-api:schemas#/$defs/Error/properties/error_code/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.error_msg !== undefined) {
      if (typeof data.error_msg !== 'string') {
        const err3 = {
          instancePath: instancePath + '/error_msg',
          schemaPath: 'urn:desktop-api:schemas#/$defs/Error/properties/error_msg/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = {
      instancePath,
      schemaPath: 'urn:desktop-api:schemas#/$defs/Error/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate40.errors = vErrors;
  return errors === 0;
}
validate40.evaluated = { props: { error_code: true, error_msg: true }, dynamicProps: false, dynamicItems: false };

export const listDesktops_400_header_X_Request_Id = validate41;
const schema57 = { $id: 'listDesktops_400_header_X_Request_Id', type: 'string', pattern: '^[0-9a-f]{32}$' };

function validate41(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="listDesktops_400_header_X_Request_Id" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate41.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data === 'string') {
    if (!pattern4.test(data)) {
      const err0 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[0-9a-f]{32}$' },
        message: 'must match pattern "' + '^[0-9a-f]{32}$' + '"',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
validate41.evaluated = { dynamicProps: false, dynamicItems: false };

export const createDesktop_parameters = validate42;
const schema58 = {
  $id: 'createDesktop_parameters',
  type: 'object',
  properties: {
    project_id: {
      type: 'string',
      minLength: 1,
      maxLength: 255,
      description: "A project ID, with the schema of the public spec's `project_id` parameter.",
    },
  },
  required: ['project_id'],
};

function validate42(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createDesktop_parameters" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate42.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project_id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project_id' },
        message: "must have required property '" + 'project_id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.project_id !== undefined) {
      let data0 = data.project_id;
      if (typeof data0 === 'string') {
        if (func1(data0) > 255) {
          const err1 = {
            instancePath: instancePath + '/project_id',
            schemaPath: '#/properties/project_id/maxLength',
            keyword: 'maxLength',
            params: { limit: 255 },
            message: 'must NOT have more than 255 characters',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err2 = {
            instancePath: instancePath + '/project_id',
            schemaPath: '#/properties/project_id/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/project_id',
          schemaPath: '#/properties/project_id/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate42.errors = vErrors;
  return errors === 0;
}
validate42.evaluated = { props: { project_id: true }, dynamicProps: false, dynamicItems: false };

export const createDesktop_requestBody = validate43;
const schema59 = { $id: 'createDesktop_requestBody', $ref: 'urn:desktop-api:schemas#/$defs/NewDesktop' };
const schema60 = {
  type: 'object',
  additionalProperties: false,
  properties: {
    desktop_id: { $ref: 'urn:desktop-api:schemas#/$defs/DesktopId' },
    status: { $ref: 'urn:desktop-api:schemas#/$defs/DesktopStatus' },
    task: {
      description: 'The running task, or null (default) when idle.',
      anyOf: [{ $ref: 'urn:desktop-api:schemas#/$defs/Name' }, { type: 'null' }],
    },
    user: {
      description: 'The user the desktop is assigned to, or null (default).',
      anyOf: [{ $ref: 'urn:desktop-api:schemas#/$defs/Name' }, { type: 'null' }],
    },
  },
};

function validate44(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate44.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === 'desktop_id' || key0 === 'status' || key0 === 'task' || key0 === 'user')) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.desktop_id !== undefined) {
      let data0 = data.desktop_id;
      if (typeof data0 === 'string') {
        if (func1(data0) > 255) {
          const err1 = {
            instancePath: instancePath + '/desktop_id',
            schemaPath: 'urn:desktop-api:schemas#/$defs/DesktopId/maxLength',
            keyword: 'maxLength',
            params: { limit: 255 },
            message: 'must NOT have more than 255 characters',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err2 = {
            instancePath: instancePath + '/desktop_id',
            schemaPath: 'urn:desktop-api:schemas#/$defs/DesktopId/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/desktop_id',
          schemaPath: 'urn:desktop-api:schemas#/$defs/DesktopId/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.status !== undefined) {
      let data1 = data.status;
      if (typeof data1 !== 'string') {
        const err4 = {
          instancePath: instancePath + '/status',
          schemaPath: 'urn:desktop-api:schemas#/$defs/DesktopStatus/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data1 === 'ACTIVE' || data1 === 'SHUTOFF' || data1 === 'ERROR' || data1 === 'HIBERNATED')) {
        const err5 = {
          instancePath: instancePath + '/status',
          schemaPath: 'urn:desktop-api:schemas#/$defs/DesktopStatus/enum',
          keyword: 'enum',
          params: { allowedValues: schema51.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.task !== undefined) {
      let data2 = data.task;
      const _errs9 = errors;
      let valid3 = false;
      const _errs10 = errors;
      if (typeof data2 === 'string') {
        if (func1(data2) > 128) {
          const err6 = {
            instancePath: instancePath + '/task',
            schemaPath: 'urn:desktop-api:schemas#/$defs/Name/maxLength',
            keyword: 'maxLength',
            params: { limit: 128 },
            message: 'must NOT have more than 128 characters',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (func1(data2) < 1) {
          const err7 = {
            instancePath: instancePath + '/task',
            schemaPath: 'urn:desktop-api:schemas#/$defs/Name/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/task',
          schemaPath: 'urn:desktop-api:schemas#/$defs/Name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      var _valid0 = _errs10 === errors;
      valid3 = valid3 || _valid0;
      const _errs13 = errors;
      if (data2 !== null) {
        const err9 = {
          instancePath: instancePath + '/task',
          schemaPath: '#/properties/task/anyOf/1/type',
          keyword: 'type',
          params: { type: 'null' },
          message: 'must be null',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      var _valid0 = _errs13 === errors;
      valid3 = valid3 || _valid0;
      if (!valid3) {
        const err10 = {
          instancePath: instancePath + '/task',
          schemaPath: '#/properties/task/anyOf',
          keyword: 'anyOf',
          params: {},
          message: 'must match a schema in anyOf',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      } else {
        errors = _errs9;
        if (vErrors !== null) {
          if (_errs9) {
            vErrors.length = _errs9;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.user !== undefined) {
      let data3 = data.user;
      const _errs16 = errors;
      let valid5 = false;
      const _errs17 = errors;
      if (typeof data3 === 'string') {
        if (func1(data3) > 128) {
          const err11 = {
            instancePath: instancePath + '/user',
            schemaPath: 'urn:desktop-api:schemas#/$defs/Name/maxLength',
            keyword: 'maxLength',
            params: { limit: 128 },
            message: 'must NOT have more than 128 characters',
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (func1(data3) < 1) {
          const err12 = {
            instancePath: instancePath + '/user',
            schemaPath: 'urn:desktop-api:schemas#/$defs/Name/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = {
          instancePath: instancePath + '/user',
          schemaPath: 'urn:desktop-api:schemas#/$defs/Name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      var _valid1 = _errs17 === errors;
      valid5 = valid5 || _valid1;
      const _errs20 = errors;
      if (data3 !== null) {
        const err14 = {
          instancePath: instancePath + '/user',
          schemaPath: '#/properties/user/anyOf/1/type',
          keyword: 'type',
          params: { type: 'null' },
          message: 'must be null',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var _valid1 = _errs20 === errors;
      valid5 = valid5 || _valid1;
      if (!valid5) {
        const err15 = {
          instancePath: instancePath + '/user',
          schemaPath: '#/properties/user/anyOf',
          keyword: 'anyOf',
          params: {},
          message: 'must match a schema in anyOf',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      } else {
        errors = _errs16;
        if (vErrors !== null) {
          if (_errs16) {
            vErrors.length = _errs16;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err16 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate44.errors = vErrors;
  return errors === 0;
}
validate44.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate43(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createDesktop_requestBody" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate43.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate44(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
    errors = vErrors.length;
  }
  validate43.errors = vErrors;
  return errors === 0;
}
validate43.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const createDesktop_201_body = validate46;
const schema65 = { $id: 'createDesktop_201_body', $ref: 'urn:desktop-api:schemas#/$defs/OneDesktop' };
const schema66 = {
  type: 'object',
  additionalProperties: false,
  required: ['desktop'],
  properties: { desktop: { $ref: 'urn:desktop-api:schemas#/$defs/Desktop' } },
};

function validate47(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate47.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.desktop === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'desktop' },
        message: "must have required property '" + 'desktop' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'desktop')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.desktop !== undefined) {
      if (
        !validate36(data.desktop, {
          instancePath: instancePath + '/desktop',
          parentData: data,
          parentDataProperty: 'desktop',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate47.errors = vErrors;
  return errors === 0;
}
validate47.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate46(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createDesktop_201_body" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate46.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate47(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
    errors = vErrors.length;
  }
  validate46.errors = vErrors;
  return errors === 0;
}
validate46.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const createDesktop_201_header_X_Request_Id = validate50;
const schema67 = { $id: 'createDesktop_201_header_X_Request_Id', type: 'string', pattern: '^[0-9a-f]{32}$' };

function validate50(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createDesktop_201_header_X_Request_Id" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate50.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data === 'string') {
    if (!pattern4.test(data)) {
      const err0 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[0-9a-f]{32}$' },
        message: 'must match pattern "' + '^[0-9a-f]{32}$' + '"',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate50.errors = vErrors;
  return errors === 0;
}
validate50.evaluated = { dynamicProps: false, dynamicItems: false };

export const createDesktop_400_body = validate51;
const schema68 = { $id: 'createDesktop_400_body', $ref: 'urn:desktop-api:schemas#/$defs/Error' };

function validate51(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createDesktop_400_body" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate51.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.error_code === undefined) {
      const err0 = {
        instancePath,
        schemaPath: 'urn:desktop-api:schemas#/$defs/Error/required',
        keyword: 'required',
        params: { missingProperty: 'error_code' },
        message: "must have required property '" + 'error_code' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.error_msg === undefined) {
      const err1 = {
        instancePath,
        schemaPath: 'urn:desktop-api:schemas#/$defs/Error/required',
        keyword: 'required',
        params: { missingProperty: 'error_msg' },
        message: "must have required property '" + 'error_msg' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.error_code !== undefined) {
      if (typeof data.error_code !== 'string') {
        const err2 = {
          instancePath: instancePath + '/error_code',
          schemaPath: 'urn:desktop-api:schemas#/$defs/Error/properties/error_code/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.error_msg !== undefined) {
      if (typeof data.error_msg !== 'string') {
        const err3 = {
          instancePath: instancePath + '/error_msg',
          schemaPath: 'urn:desktop-api:schemas#/$defs/Error/properties/error_msg/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = {
      instancePath,
      schemaPath: 'urn:desktop-api:schemas#/$defs/Error/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate51.errors = vErrors;
  return errors === 0;
}
validate51.evaluated = { props: { error_code: true, error_msg: true }, dynamicProps: false, dynamicItems: false };

export const createDesktop_400_header_X_Request_Id = validate52;
const schema70 = { $id: 'createDesktop_400_header_X_Request_Id', type: 'string', pattern: '^[0-9a-f]{32}$' };

function validate52(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createDesktop_400_header_X_Request_Id" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate52.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data === 'string') {
    if (!pattern4.test(data)) {
      const err0 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[0-9a-f]{32}$' },
        message: 'must match pattern "' + '^[0-9a-f]{32}$' + '"',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate52.errors = vErrors;
  return errors === 0;
}
validate52.evaluated = { dynamicProps: false, dynamicItems: false };

export const createDesktop_409_body = validate53;
const schema71 = { $id: 'createDesktop_409_body', $ref: 'urn:desktop-api:schemas#/$defs/Error' };

function validate53(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createDesktop_409_body" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate53.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.error_code === undefined) {
      const err0 = {
        instancePath,
        schemaPath: 'urn:desktop-api:schemas#/$defs/Error/required',
        keyword: 'required',
        params: { missingProperty: 'error_code' },
        message: "must have required property '" + 'error_code' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.error_msg === undefined) {
      const err1 = {
        instancePath,
        schemaPath: 'urn:desktop-api:schemas#/$defs/Error/required',
        keyword: 'required',
        params: { missingProperty: 'error_msg' },
        message: "must have required property '" + 'error_msg' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.error_code !== undefined) {
      if (typeof data.error_code !== 'string') {
        const err2 = {
          instancePath: instancePath + '/error_code',
          schemaPath: 'urn:desktop-api:schemas#/$defs/Error/properties/error_code/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.error_msg !== undefined) {
      if (typeof data.error_msg !== 'string') {
        const err3 = {
          instancePath: instancePath + '/error_msg',
          schemaPath: 'urn:desktop-api:schemas#/$defs/Error/properties/error_msg/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = {
      instancePath,
      schemaPath: 'urn:desktop-api:schemas#/$defs/Error/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate53.errors = vErrors;
  return errors === 0;
}
validate53.evaluated = { props: { error_code: true, error_msg: true }, dynamicProps: false, dynamicItems: false };

export const createDesktop_409_header_X_Request_Id = validate54;
const schema73 = { $id: 'createDesktop_409_header_X_Request_Id', type: 'string', pattern: '^[0-9a-f]{32}$' };

function validate54(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createDesktop_409_header_X_Request_Id" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate54.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data === 'string') {
    if (!pattern4.test(data)) {
      const err0 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[0-9a-f]{32}$' },
        message: 'must match pattern "' + '^[0-9a-f]{32}$' + '"',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate54.errors = vErrors;
  return errors === 0;
}
validate54.evaluated = { dynamicProps: false, dynamicItems: false };

export const getDesktop_parameters = validate55;
const schema74 = {
  $id: 'getDesktop_parameters',
  type: 'object',
  properties: {
    project_id: {
      type: 'string',
      minLength: 1,
      maxLength: 255,
      description: "A project ID, with the schema of the public spec's `project_id` parameter.",
    },
    desktop_id: {
      type: 'string',
      minLength: 1,
      maxLength: 255,
      description: "A desktop ID, with the schema of the public spec's `desktop_id` parameter.",
    },
  },
  required: ['project_id', 'desktop_id'],
};

function validate55(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="getDesktop_parameters" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate55.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project_id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project_id' },
        message: "must have required property '" + 'project_id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.desktop_id === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'desktop_id' },
        message: "must have required property '" + 'desktop_id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.project_id !== undefined) {
      let data0 = data.project_id;
      if (typeof data0 === 'string') {
        if (func1(data0) > 255) {
          const err2 = {
            instancePath: instancePath + '/project_id',
            schemaPath: '#/properties/project_id/maxLength',
            keyword: 'maxLength',
            params: { limit: 255 },
            message: 'must NOT have more than 255 characters',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err3 = {
            instancePath: instancePath + '/project_id',
            schemaPath: '#/properties/project_id/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/project_id',
          schemaPath: '#/properties/project_id/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.desktop_id !== undefined) {
      let data1 = data.desktop_id;
      if (typeof data1 === 'string') {
        if (func1(data1) > 255) {
          const err5 = {
            instancePath: instancePath + '/desktop_id',
            schemaPath: '#/properties/desktop_id/maxLength',
            keyword: 'maxLength',
            params: { limit: 255 },
            message: 'must NOT have more than 255 characters',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (func1(data1) < 1) {
          const err6 = {
            instancePath: instancePath + '/desktop_id',
            schemaPath: '#/properties/desktop_id/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/desktop_id',
          schemaPath: '#/properties/desktop_id/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate55.errors = vErrors;
  return errors === 0;
}
validate55.evaluated = { props: { project_id: true, desktop_id: true }, dynamicProps: false, dynamicItems: false };

export const getDesktop_200_body = validate56;
const schema75 = { $id: 'getDesktop_200_body', $ref: 'urn:desktop-api:schemas#/$defs/OneDesktop' };

function validate57(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate57.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.desktop === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'desktop' },
        message: "must have required property '" + 'desktop' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'desktop')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.desktop !== undefined) {
      if (
        !validate36(data.desktop, {
          instancePath: instancePath + '/desktop',
          parentData: data,
          parentDataProperty: 'desktop',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate57.errors = vErrors;
  return errors === 0;
}
validate57.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate56(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="getDesktop_200_body" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate56.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate57(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
    errors = vErrors.length;
  }
  validate56.errors = vErrors;
  return errors === 0;
}
validate56.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const getDesktop_200_header_X_Request_Id = validate60;
const schema77 = { $id: 'getDesktop_200_header_X_Request_Id', type: 'string', pattern: '^[0-9a-f]{32}$' };

function validate60(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="getDesktop_200_header_X_Request_Id" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate60.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data === 'string') {
    if (!pattern4.test(data)) {
      const err0 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[0-9a-f]{32}$' },
        message: 'must match pattern "' + '^[0-9a-f]{32}$' + '"',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate60.errors = vErrors;
  return errors === 0;
}
validate60.evaluated = { dynamicProps: false, dynamicItems: false };

export const getDesktop_400_body = validate61;
const schema78 = { $id: 'getDesktop_400_body', $ref: 'urn:desktop-api:schemas#/$defs/Error' };

function validate61(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="getDesktop_400_body" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate61.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.error_code === undefined) {
      const err0 = {
        instancePath,
        schemaPath: 'urn:desktop-api:schemas#/$defs/Error/required',
        keyword: 'required',
        params: { missingProperty: 'error_code' },
        message: "must have required property '" + 'error_code' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.error_msg === undefined) {
      const err1 = {
        instancePath,
        schemaPath: 'urn:desktop-api:schemas#/$defs/Error/required',
        keyword: 'required',
        params: { missingProperty: 'error_msg' },
        message: "must have required property '" + 'error_msg' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.error_code !== undefined) {
      if (typeof data.error_code !== 'string') {
        const err2 = {
          instancePath: instancePath + '/error_code',
          schemaPath: 'urn:desktop-api:schemas#/$defs/Error/properties/error_code/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.error_msg !== undefined) {
      if (typeof data.error_msg !== 'string') {
        const err3 = {
          instancePath: instancePath + '/error_msg',
          schemaPath: 'urn:desktop-api:schemas#/$defs/Error/properties/error_msg/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = {
      instancePath,
      schemaPath: 'urn:desktop-api:schemas#/$defs/Error/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate61.errors = vErrors;
  return errors === 0;
}
validate61.evaluated = { props: { error_code: true, error_msg: true }, dynamicProps: false, dynamicItems: false };

export const getDesktop_400_header_X_Request_Id = validate62;
const schema80 = { $id: 'getDesktop_400_header_X_Request_Id', type: 'string', pattern: '^[0-9a-f]{32}$' };

function validate62(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="getDesktop_400_header_X_Request_Id" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate62.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data === 'string') {
    if (!pattern4.test(data)) {
      const err0 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[0-9a-f]{32}$' },
        message: 'must match pattern "' + '^[0-9a-f]{32}$' + '"',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate62.errors = vErrors;
  return errors === 0;
}
validate62.evaluated = { dynamicProps: false, dynamicItems: false };

export const getDesktop_404_body = validate63;
const schema81 = { $id: 'getDesktop_404_body', $ref: 'urn:desktop-api:schemas#/$defs/Error' };

function validate63(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="getDesktop_404_body" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate63.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.error_code === undefined) {
      const err0 = {
        instancePath,
        schemaPath: 'urn:desktop-api:schemas#/$defs/Error/required',
        keyword: 'required',
        params: { missingProperty: 'error_code' },
        message: "must have required property '" + 'error_code' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.error_msg === undefined) {
      const err1 = {
        instancePath,
        schemaPath: 'urn:desktop-api:schemas#/$defs/Error/required',
        keyword: 'required',
        params: { missingProperty: 'error_msg' },
        message: "must have required property '" + 'error_msg' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.error_code !== undefined) {
      if (typeof data.error_code !== 'string') {
        const err2 = {
          instancePath: instancePath + '/error_code',
          schemaPath: 'urn:desktop-api:schemas#/$defs/Error/properties/error_code/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.error_msg !== undefined) {
      if (typeof data.error_msg !== 'string') {
        const err3 = {
          instancePath: instancePath + '/error_msg',
          schemaPath: 'urn:desktop-api:schemas#/$defs/Error/properties/error_msg/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = {
      instancePath,
      schemaPath: 'urn:desktop-api:schemas#/$defs/Error/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate63.errors = vErrors;
  return errors === 0;
}
validate63.evaluated = { props: { error_code: true, error_msg: true }, dynamicProps: false, dynamicItems: false };

export const getDesktop_404_header_X_Request_Id = validate64;
const schema83 = { $id: 'getDesktop_404_header_X_Request_Id', type: 'string', pattern: '^[0-9a-f]{32}$' };

function validate64(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="getDesktop_404_header_X_Request_Id" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate64.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data === 'string') {
    if (!pattern4.test(data)) {
      const err0 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[0-9a-f]{32}$' },
        message: 'must match pattern "' + '^[0-9a-f]{32}$' + '"',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate64.errors = vErrors;
  return errors === 0;
}
validate64.evaluated = { dynamicProps: false, dynamicItems: false };

export const setTask_parameters = validate65;
const schema84 = {
  $id: 'setTask_parameters',
  type: 'object',
  properties: {
    project_id: {
      type: 'string',
      minLength: 1,
      maxLength: 255,
      description: "A project ID, with the schema of the public spec's `project_id` parameter.",
    },
    desktop_id: {
      type: 'string',
      minLength: 1,
      maxLength: 255,
      description: "A desktop ID, with the schema of the public spec's `desktop_id` parameter.",
    },
  },
  required: ['project_id', 'desktop_id'],
};

function validate65(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="setTask_parameters" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate65.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project_id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project_id' },
        message: "must have required property '" + 'project_id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.desktop_id === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'desktop_id' },
        message: "must have required property '" + 'desktop_id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.project_id !== undefined) {
      let data0 = data.project_id;
      if (typeof data0 === 'string') {
        if (func1(data0) > 255) {
          const err2 = {
            instancePath: instancePath + '/project_id',
            schemaPath: '#/properties/project_id/maxLength',
            keyword: 'maxLength',
            params: { limit: 255 },
            message: 'must NOT have more than 255 characters',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err3 = {
            instancePath: instancePath + '/project_id',
            schemaPath: '#/properties/project_id/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/project_id',
          schemaPath: '#/properties/project_id/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.desktop_id !== undefined) {
      let data1 = data.desktop_id;
      if (typeof data1 === 'string') {
        if (func1(data1) > 255) {
          const err5 = {
            instancePath: instancePath + '/desktop_id',
            schemaPath: '#/properties/desktop_id/maxLength',
            keyword: 'maxLength',
            params: { limit: 255 },
            message: 'must NOT have more than 255 characters',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (func1(data1) < 1) {
          const err6 = {
            instancePath: instancePath + '/desktop_id',
            schemaPath: '#/properties/desktop_id/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/desktop_id',
          schemaPath: '#/properties/desktop_id/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate65.errors = vErrors;
  return errors === 0;
}
validate65.evaluated = { props: { project_id: true, desktop_id: true }, dynamicProps: false, dynamicItems: false };

export const setTask_requestBody = validate66;
const schema85 = { $id: 'setTask_requestBody', $ref: 'urn:desktop-api:schemas#/$defs/TaskUpdate' };
const schema86 = {
  type: 'object',
  additionalProperties: false,
  required: ['task'],
  properties: {
    task: {
      description: 'The task to run, or null to clear it.',
      anyOf: [{ $ref: 'urn:desktop-api:schemas#/$defs/Name' }, { type: 'null' }],
    },
  },
};

function validate67(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate67.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.task === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'task' },
        message: "must have required property '" + 'task' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'task')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.task !== undefined) {
      let data0 = data.task;
      const _errs3 = errors;
      let valid1 = false;
      const _errs4 = errors;
      if (typeof data0 === 'string') {
        if (func1(data0) > 128) {
          const err2 = {
            instancePath: instancePath + '/task',
            schemaPath: 'urn:desktop-api:schemas#/$defs/Name/maxLength',
            keyword: 'maxLength',
            params: { limit: 128 },
            message: 'must NOT have more than 128 characters',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err3 = {
            instancePath: instancePath + '/task',
            schemaPath: 'urn:desktop-api:schemas#/$defs/Name/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/task',
          schemaPath: 'urn:desktop-api:schemas#/$defs/Name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      valid1 = valid1 || _valid0;
      const _errs7 = errors;
      if (data0 !== null) {
        const err5 = {
          instancePath: instancePath + '/task',
          schemaPath: '#/properties/task/anyOf/1/type',
          keyword: 'type',
          params: { type: 'null' },
          message: 'must be null',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      var _valid0 = _errs7 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const err6 = {
          instancePath: instancePath + '/task',
          schemaPath: '#/properties/task/anyOf',
          keyword: 'anyOf',
          params: {},
          message: 'must match a schema in anyOf',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      } else {
        errors = _errs3;
        if (vErrors !== null) {
          if (_errs3) {
            vErrors.length = _errs3;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err7 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate67.errors = vErrors;
  return errors === 0;
}
validate67.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate66(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="setTask_requestBody" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate66.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate67(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
    errors = vErrors.length;
  }
  validate66.errors = vErrors;
  return errors === 0;
}
validate66.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const setTask_200_body = validate69;
const schema88 = { $id: 'setTask_200_body', $ref: 'urn:desktop-api:schemas#/$defs/OneDesktop' };

function validate70(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate70.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.desktop === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'desktop' },
        message: "must have required property '" + 'desktop' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'desktop')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.desktop !== undefined) {
      if (
        !validate36(data.desktop, {
          instancePath: instancePath + '/desktop',
          parentData: data,
          parentDataProperty: 'desktop',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate70.errors = vErrors;
  return errors === 0;
}
validate70.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate69(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="setTask_200_body" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate69.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate70(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
    errors = vErrors.length;
  }
  validate69.errors = vErrors;
  return errors === 0;
}
validate69.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const setTask_200_header_X_Request_Id = validate73;
const schema90 = { $id: 'setTask_200_header_X_Request_Id', type: 'string', pattern: '^[0-9a-f]{32}$' };

function validate73(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="setTask_200_header_X_Request_Id" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate73.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data === 'string') {
    if (!pattern4.test(data)) {
      const err0 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[0-9a-f]{32}$' },
        message: 'must match pattern "' + '^[0-9a-f]{32}$' + '"',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate73.errors = vErrors;
  return errors === 0;
}
validate73.evaluated = { dynamicProps: false, dynamicItems: false };

export const setTask_400_body = validate74;
const schema91 = { $id: 'setTask_400_body', $ref: 'urn:desktop-api:schemas#/$defs/Error' };

function validate74(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="setTask_400_body" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate74.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.error_code === undefined) {
      const err0 = {
        instancePath,
        schemaPath: 'urn:desktop-api:schemas#/$defs/Error/required',
        keyword: 'required',
        params: { missingProperty: 'error_code' },
        message: "must have required property '" + 'error_code' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.error_msg === undefined) {
      const err1 = {
        instancePath,
        schemaPath: 'urn:desktop-api:schemas#/$defs/Error/required',
        keyword: 'required',
        params: { missingProperty: 'error_msg' },
        message: "must have required property '" + 'error_msg' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.error_code !== undefined) {
      if (typeof data.error_code !== 'string') {
        const err2 = {
          instancePath: instancePath + '/error_code',
          schemaPath: 'urn:desktop-api:schemas#/$defs/Error/properties/error_code/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.error_msg !== undefined) {
      if (typeof data.error_msg !== 'string') {
        const err3 = {
          instancePath: instancePath + '/error_msg',
          schemaPath: 'urn:desktop-api:schemas#/$defs/Error/properties/error_msg/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = {
      instancePath,
      schemaPath: 'urn:desktop-api:schemas#/$defs/Error/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate74.errors = vErrors;
  return errors === 0;
}
validate74.evaluated = { props: { error_code: true, error_msg: true }, dynamicProps: false, dynamicItems: false };

export const setTask_400_header_X_Request_Id = validate75;
const schema93 = { $id: 'setTask_400_header_X_Request_Id', type: 'string', pattern: '^[0-9a-f]{32}$' };

function validate75(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="setTask_400_header_X_Request_Id" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate75.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data === 'string') {
    if (!pattern4.test(data)) {
      const err0 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[0-9a-f]{32}$' },
        message: 'must match pattern "' + '^[0-9a-f]{32}$' + '"',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate75.errors = vErrors;
  return errors === 0;
}
validate75.evaluated = { dynamicProps: false, dynamicItems: false };

export const setTask_404_body = validate76;
const schema94 = { $id: 'setTask_404_body', $ref: 'urn:desktop-api:schemas#/$defs/Error' };

function validate76(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="setTask_404_body" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate76.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.error_code === undefined) {
      const err0 = {
        instancePath,
        schemaPath: 'urn:desktop-api:schemas#/$defs/Error/required',
        keyword: 'required',
        params: { missingProperty: 'error_code' },
        message: "must have required property '" + 'error_code' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.error_msg === undefined) {
      const err1 = {
        instancePath,
        schemaPath: 'urn:desktop-api:schemas#/$defs/Error/required',
        keyword: 'required',
        params: { missingProperty: 'error_msg' },
        message: "must have required property '" + 'error_msg' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.error_code !== undefined) {
      if (typeof data.error_code !== 'string') {
        const err2 = {
          instancePath: instancePath + '/error_code',
          schemaPath: 'urn:desktop-api:schemas#/$defs/Error/properties/error_code/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.error_msg !== undefined) {
      if (typeof data.error_msg !== 'string') {
        const err3 = {
          instancePath: instancePath + '/error_msg',
          schemaPath: 'urn:desktop-api:schemas#/$defs/Error/properties/error_msg/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = {
      instancePath,
      schemaPath: 'urn:desktop-api:schemas#/$defs/Error/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate76.errors = vErrors;
  return errors === 0;
}
validate76.evaluated = { props: { error_code: true, error_msg: true }, dynamicProps: false, dynamicItems: false };

export const setTask_404_header_X_Request_Id = validate77;
const schema96 = { $id: 'setTask_404_header_X_Request_Id', type: 'string', pattern: '^[0-9a-f]{32}$' };

function validate77(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="setTask_404_header_X_Request_Id" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate77.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data === 'string') {
    if (!pattern4.test(data)) {
      const err0 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[0-9a-f]{32}$' },
        message: 'must match pattern "' + '^[0-9a-f]{32}$' + '"',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate77.errors = vErrors;
  return errors === 0;
}
validate77.evaluated = { dynamicProps: false, dynamicItems: false };

export const listUsers_parameters = validate78;
const schema97 = {
  $id: 'listUsers_parameters',
  type: 'object',
  properties: {
    project_id: {
      type: 'string',
      minLength: 1,
      maxLength: 255,
      description: "A project ID, with the schema of the public spec's `project_id` parameter.",
    },
  },
  required: ['project_id'],
};

function validate78(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="listUsers_parameters" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate78.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project_id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project_id' },
        message: "must have required property '" + 'project_id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.project_id !== undefined) {
      let data0 = data.project_id;
      if (typeof data0 === 'string') {
        if (func1(data0) > 255) {
          const err1 = {
            instancePath: instancePath + '/project_id',
            schemaPath: '#/properties/project_id/maxLength',
            keyword: 'maxLength',
            params: { limit: 255 },
            message: 'must NOT have more than 255 characters',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err2 = {
            instancePath: instancePath + '/project_id',
            schemaPath: '#/properties/project_id/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/project_id',
          schemaPath: '#/properties/project_id/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate78.errors = vErrors;
  return errors === 0;
}
validate78.evaluated = { props: { project_id: true }, dynamicProps: false, dynamicItems: false };

export const listUsers_200_body = validate79;
const schema98 = { $id: 'listUsers_200_body', $ref: 'urn:desktop-api:schemas#/$defs/UserList' };
const schema99 = {
  type: 'object',
  additionalProperties: false,
  required: ['users'],
  properties: { users: { type: 'array', items: { $ref: 'urn:desktop-api:schemas#/$defs/User' } } },
};
const schema100 = {
  type: 'object',
  additionalProperties: false,
  required: ['user_name', 'desktop_ids'],
  properties: {
    user_name: { $ref: 'urn:desktop-api:schemas#/$defs/Name' },
    desktop_ids: { type: 'array', items: { $ref: 'urn:desktop-api:schemas#/$defs/DesktopId' } },
  },
};

function validate81(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate81.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.user_name === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'user_name' },
        message: "must have required property '" + 'user_name' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.desktop_ids === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'desktop_ids' },
        message: "must have required property '" + 'desktop_ids' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'user_name' || key0 === 'desktop_ids')) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.user_name !== undefined) {
      let data0 = data.user_name;
      if (typeof data0 === 'string') {
        if (func1(data0) > 128) {
          const err3 = {
            instancePath: instancePath + '/user_name',
            schemaPath: 'urn:desktop-api:schemas#/$defs/Name/maxLength',
            keyword: 'maxLength',
            params: { limit: 128 },
            message: 'must NOT have more than 128 characters',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err4 = {
            instancePath: instancePath + '/user_name',
            schemaPath: 'urn:desktop-api:schemas#/$defs/Name/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/user_name',
          schemaPath: 'urn:desktop-api:schemas#/$defs/Name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.desktop_ids !== undefined) {
      let data1 = data.desktop_ids;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === 'string') {
            if (func1(data2) > 255) {
              const err6 = {
                instancePath: instancePath + '/desktop_ids/' + i0,
                schemaPath: 'urn:desktop-api:schemas#/$defs/DesktopId/maxLength',
                keyword: 'maxLength',
                params: { limit: 255 },
                message: 'must NOT have more than 255 characters',
              };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (func1(data2) < 1) {
              const err7 = {
                instancePath: instancePath + '/desktop_ids/' + i0,
                schemaPath: 'urn:desktop-api:schemas#/$defs/DesktopId/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = {
              instancePath: instancePath + '/desktop_ids/' + i0,
              schemaPath: 'urn:desktop-api:schemas#/$defs/DesktopId/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/desktop_ids',
          schemaPath: '#/properties/desktop_ids/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate81.errors = vErrors;
  return errors === 0;
}
validate81.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate80(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate80.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.users === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'users' },
        message: "must have required property '" + 'users' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'users')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.users !== undefined) {
      let data0 = data.users;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate81(data0[i0], {
              instancePath: instancePath + '/users/' + i0,
              parentData: data0,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/users',
          schemaPath: '#/properties/users/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate80.errors = vErrors;
  return errors === 0;
}
validate80.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate79(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="listUsers_200_body" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate79.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate80(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
    errors = vErrors.length;
  }
  validate79.errors = vErrors;
  return errors === 0;
}
validate79.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const listUsers_200_header_X_Request_Id = validate84;
const schema103 = { $id: 'listUsers_200_header_X_Request_Id', type: 'string', pattern: '^[0-9a-f]{32}$' };

function validate84(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="listUsers_200_header_X_Request_Id" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate84.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data === 'string') {
    if (!pattern4.test(data)) {
      const err0 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[0-9a-f]{32}$' },
        message: 'must match pattern "' + '^[0-9a-f]{32}$' + '"',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate84.errors = vErrors;
  return errors === 0;
}
validate84.evaluated = { dynamicProps: false, dynamicItems: false };

export const listUsers_400_body = validate85;
const schema104 = { $id: 'listUsers_400_body', $ref: 'urn:desktop-api:schemas#/$defs/Error' };

function validate85(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="listUsers_400_body" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate85.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.error_code === undefined) {
      const err0 = {
        instancePath,
        schemaPath: 'urn:desktop-api:schemas#/$defs/Error/required',
        keyword: 'required',
        params: { missingProperty: 'error_code' },
        message: "must have required property '" + 'error_code' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.error_msg === undefined) {
      const err1 = {
        instancePath,
        schemaPath: 'urn:desktop-api:schemas#/$defs/Error/required',
        keyword: 'required',
        params: { missingProperty: 'error_msg' },
        message: "must have required property '" + 'error_msg' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.error_code !== undefined) {
      if (typeof data.error_code !== 'string') {
        const err2 = {
          instancePath: instancePath + '/error_code',
          schemaPath: 'urn:desktop-api:schemas#/$defs/Error/properties/error_code/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.error_msg !== undefined) {
      if (typeof data.error_msg !== 'string') {
        const err3 = {
          instancePath: instancePath + '/error_msg',
          schemaPath: 'urn:desktop-api:schemas#/$defs/Error/properties/error_msg/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = {
      instancePath,
      schemaPath: 'urn:desktop-api:schemas#/$defs/Error/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate85.errors = vErrors;
  return errors === 0;
}
validate85.evaluated = { props: { error_code: true, error_msg: true }, dynamicProps: false, dynamicItems: false };

export const listUsers_400_header_X_Request_Id = validate86;
const schema106 = { $id: 'listUsers_400_header_X_Request_Id', type: 'string', pattern: '^[0-9a-f]{32}$' };

function validate86(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="listUsers_400_header_X_Request_Id" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate86.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data === 'string') {
    if (!pattern4.test(data)) {
      const err0 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[0-9a-f]{32}$' },
        message: 'must match pattern "' + '^[0-9a-f]{32}$' + '"',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate86.errors = vErrors;
  return errors === 0;
}
validate86.evaluated = { dynamicProps: false, dynamicItems: false };

export const listOutbox_parameters = validate87;
const schema107 = {
  $id: 'listOutbox_parameters',
  type: 'object',
  properties: {
    project_id: {
      type: 'string',
      minLength: 1,
      maxLength: 255,
      description: "A project ID, with the schema of the public spec's `project_id` parameter.",
    },
  },
  required: [],
};

function validate87(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="listOutbox_parameters" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate87.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project_id !== undefined) {
      let data0 = data.project_id;
      if (typeof data0 === 'string') {
        if (func1(data0) > 255) {
          const err0 = {
            instancePath: instancePath + '/project_id',
            schemaPath: '#/properties/project_id/maxLength',
            keyword: 'maxLength',
            params: { limit: 255 },
            message: 'must NOT have more than 255 characters',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err1 = {
            instancePath: instancePath + '/project_id',
            schemaPath: '#/properties/project_id/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/project_id',
          schemaPath: '#/properties/project_id/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate87.errors = vErrors;
  return errors === 0;
}
validate87.evaluated = { props: { project_id: true }, dynamicProps: false, dynamicItems: false };

export const listOutbox_200_body = validate88;
const schema108 = { $id: 'listOutbox_200_body', $ref: 'urn:desktop-api:schemas#/$defs/OutboxList' };
const schema109 = {
  type: 'object',
  additionalProperties: false,
  required: ['messages'],
  properties: { messages: { type: 'array', items: { $ref: 'urn:desktop-api:schemas#/$defs/OutboxMessage' } } },
};
const schema110 = {
  type: 'object',
  additionalProperties: false,
  required: ['project_id', 'desktop_id', 'user_name', 'kind', 'at'],
  properties: {
    project_id: { $ref: 'urn:desktop-api:schemas#/$defs/ProjectId' },
    desktop_id: { $ref: 'urn:desktop-api:schemas#/$defs/DesktopId' },
    user_name: { $ref: 'urn:desktop-api:schemas#/$defs/Name' },
    kind: { type: 'string', const: 'desktop-deleted' },
    at: {
      type: 'string',
      description: 'When the message was recorded (ISO 8601, UTC).',
      pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$',
    },
  },
};
const pattern21 = new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$', 'u');

function validate90(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate90.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project_id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project_id' },
        message: "must have required property '" + 'project_id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.desktop_id === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'desktop_id' },
        message: "must have required property '" + 'desktop_id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.user_name === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'user_name' },
        message: "must have required property '" + 'user_name' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.kind === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'kind' },
        message: "must have required property '" + 'kind' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.at === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'at' },
        message: "must have required property '" + 'at' + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (
        !(key0 === 'project_id' || key0 === 'desktop_id' || key0 === 'user_name' || key0 === 'kind' || key0 === 'at')
      ) {
        const err5 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.project_id !== undefined) {
      let data0 = data.project_id;
      if (typeof data0 === 'string') {
        if (func1(data0) > 255) {
          const err6 = {
            instancePath: instancePath + '/project_id',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ProjectId/maxLength',
            keyword: 'maxLength',
            params: { limit: 255 },
            message: 'must NOT have more than 255 characters',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err7 = {
            instancePath: instancePath + '/project_id',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ProjectId/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/project_id',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ProjectId/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.desktop_id !== undefined) {
      let data1 = data.desktop_id;
      if (typeof data1 === 'string') {
        if (func1(data1) > 255) {
          const err9 = {
            instancePath: instancePath + '/desktop_id',
            schemaPath: 'urn:desktop-api:schemas#/$defs/DesktopId/maxLength',
            keyword: 'maxLength',
            params: { limit: 255 },
            message: 'must NOT have more than 255 characters',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (func1(data1) < 1) {
          const err10 = {
            instancePath: instancePath + '/desktop_id',
            schemaPath: 'urn:desktop-api:schemas#/$defs/DesktopId/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/desktop_id',
          schemaPath: 'urn:desktop-api:schemas#/$defs/DesktopId/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.user_name !== undefined) {
      let data2 = data.user_name;
      if (typeof data2 === 'string') {
        if (func1(data2) > 128) {
          const err12 = {
            instancePath: instancePath + '/user_name',
            schemaPath: 'urn:desktop-api:schemas#/$defs/Name/maxLength',
            keyword: 'maxLength',
            params: { limit: 128 },
            message: 'must NOT have more than 128 characters',
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (func1(data2) < 1) {
          const err13 = {
            instancePath: instancePath + '/user_name',
            schemaPath: 'urn:desktop-api:schemas#/$defs/Name/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/user_name',
          schemaPath: 'urn:desktop-api:schemas#/$defs/Name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.kind !== undefined) {
      let data3 = data.kind;
      if (typeof data3 !== 'string') {
        const err15 = {
          instancePath: instancePath + '/kind',
          schemaPath: '#/properties/kind/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if ('desktop-deleted' !== data3) {
        const err16 = {
          instancePath: instancePath + '/kind',
          schemaPath: '#/properties/kind/const',
          keyword: 'const',
          params: { allowedValue: 'desktop-deleted' },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.at !== undefined) {
      let data4 = data.at;
      if (typeof data4 === 'string') {
        if (!pattern21.test(data4)) {
          const err17 = {
            instancePath: instancePath + '/at',
            schemaPath: '#/properties/at/pattern',
            keyword: 'pattern',
            params: { pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$' },
            message: 'must match pattern "' + '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = {
          instancePath: instancePath + '/at',
          schemaPath: '#/properties/at/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
  } else {
    const err19 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate90.errors = vErrors;
  return errors === 0;
}
validate90.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate89(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate89.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.messages === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'messages' },
        message: "must have required property '" + 'messages' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'messages')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.messages !== undefined) {
      let data0 = data.messages;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate90(data0[i0], {
              instancePath: instancePath + '/messages/' + i0,
              parentData: data0,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/messages',
          schemaPath: '#/properties/messages/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate89.errors = vErrors;
  return errors === 0;
}
validate89.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate88(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="listOutbox_200_body" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate88.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate89(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
    errors = vErrors.length;
  }
  validate88.errors = vErrors;
  return errors === 0;
}
validate88.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const listOutbox_200_header_X_Request_Id = validate93;
const schema114 = { $id: 'listOutbox_200_header_X_Request_Id', type: 'string', pattern: '^[0-9a-f]{32}$' };

function validate93(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="listOutbox_200_header_X_Request_Id" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate93.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data === 'string') {
    if (!pattern4.test(data)) {
      const err0 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[0-9a-f]{32}$' },
        message: 'must match pattern "' + '^[0-9a-f]{32}$' + '"',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate93.errors = vErrors;
  return errors === 0;
}
validate93.evaluated = { dynamicProps: false, dynamicItems: false };

export const listOutbox_400_body = validate94;
const schema115 = { $id: 'listOutbox_400_body', $ref: 'urn:desktop-api:schemas#/$defs/Error' };

function validate94(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="listOutbox_400_body" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate94.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.error_code === undefined) {
      const err0 = {
        instancePath,
        schemaPath: 'urn:desktop-api:schemas#/$defs/Error/required',
        keyword: 'required',
        params: { missingProperty: 'error_code' },
        message: "must have required property '" + 'error_code' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.error_msg === undefined) {
      const err1 = {
        instancePath,
        schemaPath: 'urn:desktop-api:schemas#/$defs/Error/required',
        keyword: 'required',
        params: { missingProperty: 'error_msg' },
        message: "must have required property '" + 'error_msg' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.error_code !== undefined) {
      if (typeof data.error_code !== 'string') {
        const err2 = {
          instancePath: instancePath + '/error_code',
          schemaPath: 'urn:desktop-api:schemas#/$defs/Error/properties/error_code/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.error_msg !== undefined) {
      if (typeof data.error_msg !== 'string') {
        const err3 = {
          instancePath: instancePath + '/error_msg',
          schemaPath: 'urn:desktop-api:schemas#/$defs/Error/properties/error_msg/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = {
      instancePath,
      schemaPath: 'urn:desktop-api:schemas#/$defs/Error/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate94.errors = vErrors;
  return errors === 0;
}
validate94.evaluated = { props: { error_code: true, error_msg: true }, dynamicProps: false, dynamicItems: false };

export const listOutbox_400_header_X_Request_Id = validate95;
const schema117 = { $id: 'listOutbox_400_header_X_Request_Id', type: 'string', pattern: '^[0-9a-f]{32}$' };

function validate95(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="listOutbox_400_header_X_Request_Id" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate95.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data === 'string') {
    if (!pattern4.test(data)) {
      const err0 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[0-9a-f]{32}$' },
        message: 'must match pattern "' + '^[0-9a-f]{32}$' + '"',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate95.errors = vErrors;
  return errors === 0;
}
validate95.evaluated = { dynamicProps: false, dynamicItems: false };

export const createCredential_parameters = validate96;
const schema118 = { $id: 'createCredential_parameters', type: 'object', properties: {}, required: [] };

function validate96(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createCredential_parameters" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate96.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!(data && typeof data == 'object' && !Array.isArray(data))) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate96.errors = vErrors;
  return errors === 0;
}
validate96.evaluated = { dynamicProps: false, dynamicItems: false };

export const createCredential_requestBody = validate97;
const schema119 = { $id: 'createCredential_requestBody', $ref: 'urn:desktop-api:schemas#/$defs/CredentialRequest' };
const schema120 = {
  type: 'object',
  additionalProperties: false,
  required: ['project_id', 'kind'],
  properties: {
    project_id: { $ref: 'urn:desktop-api:schemas#/$defs/ProjectId' },
    kind: {
      type: 'string',
      enum: ['aksk', 'temporary', 'token'],
      description: '`aksk`: AK/SK; `temporary`: AK/SK with a security token; `token`: an IAM token.',
    },
    permissions: { $ref: 'urn:desktop-api:schemas#/$defs/Permissions' },
  },
};
const schema122 = {
  type: 'array',
  description:
    'IAM actions granted; `*` matches within and across segments (`workspace:*:*`). Default: the IAM action of every operation of the public spec. An empty list gives a credential every operation refuses (403).',
  items: { type: 'string', minLength: 1 },
};

function validate98(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate98.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project_id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project_id' },
        message: "must have required property '" + 'project_id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'kind' },
        message: "must have required property '" + 'kind' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'project_id' || key0 === 'kind' || key0 === 'permissions')) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.project_id !== undefined) {
      let data0 = data.project_id;
      if (typeof data0 === 'string') {
        if (func1(data0) > 255) {
          const err3 = {
            instancePath: instancePath + '/project_id',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ProjectId/maxLength',
            keyword: 'maxLength',
            params: { limit: 255 },
            message: 'must NOT have more than 255 characters',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err4 = {
            instancePath: instancePath + '/project_id',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ProjectId/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/project_id',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ProjectId/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.kind !== undefined) {
      let data1 = data.kind;
      if (typeof data1 !== 'string') {
        const err6 = {
          instancePath: instancePath + '/kind',
          schemaPath: '#/properties/kind/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (!(data1 === 'aksk' || data1 === 'temporary' || data1 === 'token')) {
        const err7 = {
          instancePath: instancePath + '/kind',
          schemaPath: '#/properties/kind/enum',
          keyword: 'enum',
          params: { allowedValues: schema120.properties.kind.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.permissions !== undefined) {
      let data2 = data.permissions;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === 'string') {
            if (func1(data3) < 1) {
              const err8 = {
                instancePath: instancePath + '/permissions/' + i0,
                schemaPath: 'urn:desktop-api:schemas#/$defs/Permissions/items/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = {
              instancePath: instancePath + '/permissions/' + i0,
              schemaPath: 'urn:desktop-api:schemas#/$defs/Permissions/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = {
          instancePath: instancePath + '/permissions',
          schemaPath: 'urn:desktop-api:schemas#/$defs/Permissions/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate98.errors = vErrors;
  return errors === 0;
}
validate98.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate97(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createCredential_requestBody" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate97.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate98(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
    errors = vErrors.length;
  }
  validate97.errors = vErrors;
  return errors === 0;
}
validate97.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const createCredential_201_body = validate100;
const schema123 = { $id: 'createCredential_201_body', $ref: 'urn:desktop-api:schemas#/$defs/SeedCredential' };
const schema124 = {
  type: 'object',
  additionalProperties: false,
  required: ['project_id', 'credentials'],
  description: 'A credential the sandbox accepts, bound to one project and its IAM permissions.',
  properties: {
    project_id: { $ref: 'urn:desktop-api:schemas#/$defs/ProjectId' },
    permissions: { $ref: 'urn:desktop-api:schemas#/$defs/Permissions' },
    credentials: {
      oneOf: [
        { $ref: 'urn:desktop-api:schemas#/$defs/AkSkCredentials' },
        { $ref: 'urn:desktop-api:schemas#/$defs/TokenCredentials' },
      ],
    },
  },
};
const schema127 = {
  type: 'object',
  additionalProperties: false,
  required: ['accessKey', 'secretKey'],
  description:
    'AK/SK; with `securityToken` they are temporary credentials, which sign and send it as `X-Security-Token`.',
  properties: {
    accessKey: { type: 'string', minLength: 1, pattern: '^[^\\s,=]+$' },
    secretKey: { type: 'string', minLength: 1 },
    securityToken: { type: 'string', minLength: 1 },
  },
};
const schema128 = {
  type: 'object',
  additionalProperties: false,
  required: ['token'],
  description: 'An IAM token, sent as `X-Auth-Token`.',
  properties: { token: { type: 'string', minLength: 1 } },
};
const pattern24 = new RegExp('^[^\\s,=]+$', 'u');

function validate101(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate101.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project_id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project_id' },
        message: "must have required property '" + 'project_id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.credentials === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'credentials' },
        message: "must have required property '" + 'credentials' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'project_id' || key0 === 'permissions' || key0 === 'credentials')) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.project_id !== undefined) {
      let data0 = data.project_id;
      if (typeof data0 === 'string') {
        if (func1(data0) > 255) {
          const err3 = {
            instancePath: instancePath + '/project_id',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ProjectId/maxLength',
            keyword: 'maxLength',
            params: { limit: 255 },
            message: 'must NOT have more than 255 characters',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err4 = {
            instancePath: instancePath + '/project_id',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ProjectId/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/project_id',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ProjectId/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.permissions !== undefined) {
      let data1 = data.permissions;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === 'string') {
            if (func1(data2) < 1) {
              const err6 = {
                instancePath: instancePath + '/permissions/' + i0,
                schemaPath: 'urn:desktop-api:schemas#/$defs/Permissions/items/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
              };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = {
              instancePath: instancePath + '/permissions/' + i0,
              schemaPath: 'urn:desktop-api:schemas#/$defs/Permissions/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/permissions',
          schemaPath: 'urn:desktop-api:schemas#/$defs/Permissions/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.credentials !== undefined) {
      let data3 = data.credentials;
      const _errs11 = errors;
      let valid5 = false;
      let passing0 = null;
      const _errs12 = errors;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        if (data3.accessKey === undefined) {
          const err9 = {
            instancePath: instancePath + '/credentials',
            schemaPath: 'urn:desktop-api:schemas#/$defs/AkSkCredentials/required',
            keyword: 'required',
            params: { missingProperty: 'accessKey' },
            message: "must have required property '" + 'accessKey' + "'",
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data3.secretKey === undefined) {
          const err10 = {
            instancePath: instancePath + '/credentials',
            schemaPath: 'urn:desktop-api:schemas#/$defs/AkSkCredentials/required',
            keyword: 'required',
            params: { missingProperty: 'secretKey' },
            message: "must have required property '" + 'secretKey' + "'",
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(key1 === 'accessKey' || key1 === 'secretKey' || key1 === 'securityToken')) {
            const err11 = {
              instancePath: instancePath + '/credentials',
              schemaPath: 'urn:desktop-api:schemas#/$defs/AkSkCredentials/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data3.accessKey !== undefined) {
          let data4 = data3.accessKey;
          if (typeof data4 === 'string') {
            if (func1(data4) < 1) {
              const err12 = {
                instancePath: instancePath + '/credentials/accessKey',
                schemaPath: 'urn:desktop-api:schemas#/$defs/AkSkCredentials/properties/accessKey/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (!pattern24.test(data4)) {
              const err13 = {
                instancePath: instancePath + '/credentials/accessKey',
                schemaPath: 'urn:desktop-api:schemas#/$defs/AkSkCredentials/properties/accessKey/pattern',
                keyword: 'pattern',
                params: { pattern: '^[^\\s,=]+$' },
                message: 'must match pattern "' + '^[^\\s,=]+$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = {
              instancePath: instancePath + '/credentials/accessKey',
              schemaPath: 'urn:desktop-api:schemas#/$defs/AkSkCredentials/properties/accessKey/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data3.secretKey !== undefined) {
          let data5 = data3.secretKey;
          if (typeof data5 === 'string') {
            if (func1(data5) < 1) {
              const err15 = {
                instancePath: instancePath + '/credentials/secretKey',
                schemaPath: 'urn:desktop-api:schemas#/$defs/AkSkCredentials/properties/secretKey/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = {
              instancePath: instancePath + '/credentials/secretKey',
              schemaPath: 'urn:desktop-api:schemas#/$defs/AkSkCredentials/properties/secretKey/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data3.securityToken !== undefined) {
          let data6 = data3.securityToken;
          if (typeof data6 === 'string') {
            if (func1(data6) < 1) {
              const err17 = {
                instancePath: instancePath + '/credentials/securityToken',
                schemaPath: 'urn:desktop-api:schemas#/$defs/AkSkCredentials/properties/securityToken/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
              };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = {
              instancePath: instancePath + '/credentials/securityToken',
              schemaPath: 'urn:desktop-api:schemas#/$defs/AkSkCredentials/properties/securityToken/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = {
          instancePath: instancePath + '/credentials',
          schemaPath: 'urn:desktop-api:schemas#/$defs/AkSkCredentials/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      var _valid0 = _errs12 === errors;
      if (_valid0) {
        valid5 = true;
        passing0 = 0;
        var props0 = true;
      }
      const _errs22 = errors;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        if (data3.token === undefined) {
          const err20 = {
            instancePath: instancePath + '/credentials',
            schemaPath: 'urn:desktop-api:schemas#/$defs/TokenCredentials/required',
            keyword: 'required',
            params: { missingProperty: 'token' },
            message: "must have required property '" + 'token' + "'",
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        for (const key2 in data3) {
          if (!(key2 === 'token')) {
            const err21 = {
              instancePath: instancePath + '/credentials',
              schemaPath: 'urn:desktop-api:schemas#/$defs/TokenCredentials/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key2 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data3.token !== undefined) {
          let data7 = data3.token;
          if (typeof data7 === 'string') {
            if (func1(data7) < 1) {
              const err22 = {
                instancePath: instancePath + '/credentials/token',
                schemaPath: 'urn:desktop-api:schemas#/$defs/TokenCredentials/properties/token/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
              };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = {
              instancePath: instancePath + '/credentials/token',
              schemaPath: 'urn:desktop-api:schemas#/$defs/TokenCredentials/properties/token/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = {
          instancePath: instancePath + '/credentials',
          schemaPath: 'urn:desktop-api:schemas#/$defs/TokenCredentials/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      var _valid0 = _errs22 === errors;
      if (_valid0 && valid5) {
        valid5 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid5 = true;
          passing0 = 1;
          if (props0 !== true) {
            props0 = true;
          }
        }
      }
      if (!valid5) {
        const err25 = {
          instancePath: instancePath + '/credentials',
          schemaPath: '#/properties/credentials/oneOf',
          keyword: 'oneOf',
          params: { passingSchemas: passing0 },
          message: 'must match exactly one schema in oneOf',
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      } else {
        errors = _errs11;
        if (vErrors !== null) {
          if (_errs11) {
            vErrors.length = _errs11;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err26 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
  }
  validate101.errors = vErrors;
  return errors === 0;
}
validate101.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate100(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createCredential_201_body" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate100.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate101(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
    errors = vErrors.length;
  }
  validate100.errors = vErrors;
  return errors === 0;
}
validate100.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const createCredential_201_header_X_Request_Id = validate103;
const schema129 = { $id: 'createCredential_201_header_X_Request_Id', type: 'string', pattern: '^[0-9a-f]{32}$' };

function validate103(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createCredential_201_header_X_Request_Id" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate103.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data === 'string') {
    if (!pattern4.test(data)) {
      const err0 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[0-9a-f]{32}$' },
        message: 'must match pattern "' + '^[0-9a-f]{32}$' + '"',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate103.errors = vErrors;
  return errors === 0;
}
validate103.evaluated = { dynamicProps: false, dynamicItems: false };

export const createCredential_400_body = validate104;
const schema130 = { $id: 'createCredential_400_body', $ref: 'urn:desktop-api:schemas#/$defs/Error' };

function validate104(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createCredential_400_body" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate104.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.error_code === undefined) {
      const err0 = {
        instancePath,
        schemaPath: 'urn:desktop-api:schemas#/$defs/Error/required',
        keyword: 'required',
        params: { missingProperty: 'error_code' },
        message: "must have required property '" + 'error_code' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.error_msg === undefined) {
      const err1 = {
        instancePath,
        schemaPath: 'urn:desktop-api:schemas#/$defs/Error/required',
        keyword: 'required',
        params: { missingProperty: 'error_msg' },
        message: "must have required property '" + 'error_msg' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.error_code !== undefined) {
      if (typeof data.error_code !== 'string') {
        const err2 = {
          instancePath: instancePath + '/error_code',
          schemaPath: 'urn:desktop-api:schemas#/$defs/Error/properties/error_code/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.error_msg !== undefined) {
      if (typeof data.error_msg !== 'string') {
        const err3 = {
          instancePath: instancePath + '/error_msg',
          schemaPath: 'urn:desktop-api:schemas#/$defs/Error/properties/error_msg/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = {
      instancePath,
      schemaPath: 'urn:desktop-api:schemas#/$defs/Error/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate104.errors = vErrors;
  return errors === 0;
}
validate104.evaluated = { props: { error_code: true, error_msg: true }, dynamicProps: false, dynamicItems: false };

export const createCredential_400_header_X_Request_Id = validate105;
const schema132 = { $id: 'createCredential_400_header_X_Request_Id', type: 'string', pattern: '^[0-9a-f]{32}$' };

function validate105(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createCredential_400_header_X_Request_Id" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate105.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data === 'string') {
    if (!pattern4.test(data)) {
      const err0 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[0-9a-f]{32}$' },
        message: 'must match pattern "' + '^[0-9a-f]{32}$' + '"',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate105.errors = vErrors;
  return errors === 0;
}
validate105.evaluated = { dynamicProps: false, dynamicItems: false };

export const listFaults_parameters = validate106;
const schema133 = { $id: 'listFaults_parameters', type: 'object', properties: {}, required: [] };

function validate106(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="listFaults_parameters" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate106.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!(data && typeof data == 'object' && !Array.isArray(data))) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate106.errors = vErrors;
  return errors === 0;
}
validate106.evaluated = { dynamicProps: false, dynamicItems: false };

export const listFaults_200_body = validate107;
const schema134 = { $id: 'listFaults_200_body', $ref: 'urn:desktop-api:schemas#/$defs/FaultList' };
const schema135 = {
  type: 'object',
  additionalProperties: false,
  required: ['faults'],
  properties: { faults: { type: 'array', items: { $ref: 'urn:desktop-api:schemas#/$defs/Fault' } } },
};
const schema136 = {
  type: 'object',
  allOf: [{ $ref: 'urn:desktop-api:schemas#/$defs/FaultFields' }],
  required: ['id', 'kind', 'hits'],
  unevaluatedProperties: false,
  properties: {
    id: { type: 'string', examples: ['fault-1'] },
    remaining: { type: 'integer', description: 'How many more requests a `count` fault will hit.' },
    hits: { type: 'integer', description: 'How many requests it has hit so far.' },
  },
};
const schema137 = {
  type: 'object',
  properties: {
    kind: {
      type: 'string',
      enum: ['latency', 'status', 'drop'],
      description:
        '`latency` delays the answer; `status` answers a documented error status instead; `drop` closes the connection unanswered.',
    },
    status: { $ref: 'urn:desktop-api:schemas#/$defs/FaultStatus' },
    latency_ms: {
      type: 'integer',
      minimum: 0,
      maximum: 600000,
      description: 'Delay before answering (any kind). Required with `kind: latency`.',
    },
    count: { type: 'integer', minimum: 1, description: 'Apply to the next N matching requests, then disappear.' },
    ratio: {
      type: 'number',
      minimum: 0,
      maximum: 1,
      description: 'Apply to this share of matching requests (seeded, so runs repeat).',
    },
    path_prefix: { type: 'string', pattern: '^/', description: 'Apply only to paths starting with this prefix.' },
  },
  allOf: [
    {
      if: { type: 'object', required: ['kind'], properties: { kind: { const: 'status' } } },
      then: { type: 'object', required: ['status'] },
    },
    {
      if: { type: 'object', required: ['kind'], properties: { kind: { const: 'latency' } } },
      then: { type: 'object', required: ['latency_ms'] },
    },
  ],
};
const schema138 = {
  type: 'integer',
  description:
    'A status the public spec documents for one of the fault cases listed in `x-sandbox-cases` (its documented error code answers); the published document lists them in `enum`.',
  enum: [429, 500, 503],
};
const pattern27 = new RegExp('^/', 'u');

function validate110(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate110.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (errors === _errs3) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (data.kind === undefined && (missing0 = 'kind')) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        if (data.kind !== undefined) {
          if ('status' !== data.kind) {
            const err1 = {};
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      }
    } else {
      const err2 = {};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs6 = errors;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.status === undefined) {
        const err3 = {
          instancePath,
          schemaPath: '#/allOf/0/then/required',
          keyword: 'required',
          params: { missingProperty: 'status' },
          message: "must have required property '" + 'status' + "'",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    } else {
      const err4 = {
        instancePath,
        schemaPath: '#/allOf/0/then/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    var _valid0 = _errs6 === errors;
    valid1 = _valid0;
  }
  if (!valid1) {
    const err5 = {
      instancePath,
      schemaPath: '#/allOf/0/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  const _errs9 = errors;
  let valid3 = true;
  const _errs10 = errors;
  if (errors === _errs10) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing1;
      if (data.kind === undefined && (missing1 = 'kind')) {
        const err6 = {};
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      } else {
        if (data.kind !== undefined) {
          if ('latency' !== data.kind) {
            const err7 = {};
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      }
    } else {
      const err8 = {};
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
  }
  var _valid1 = _errs10 === errors;
  errors = _errs9;
  if (vErrors !== null) {
    if (_errs9) {
      vErrors.length = _errs9;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs13 = errors;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.latency_ms === undefined) {
        const err9 = {
          instancePath,
          schemaPath: '#/allOf/1/then/required',
          keyword: 'required',
          params: { missingProperty: 'latency_ms' },
          message: "must have required property '" + 'latency_ms' + "'",
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    } else {
      const err10 = {
        instancePath,
        schemaPath: '#/allOf/1/then/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
      };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    var _valid1 = _errs13 === errors;
    valid3 = _valid1;
  }
  if (!valid3) {
    const err11 = {
      instancePath,
      schemaPath: '#/allOf/1/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.kind !== undefined) {
      let data2 = data.kind;
      if (typeof data2 !== 'string') {
        const err12 = {
          instancePath: instancePath + '/kind',
          schemaPath: '#/properties/kind/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (!(data2 === 'latency' || data2 === 'status' || data2 === 'drop')) {
        const err13 = {
          instancePath: instancePath + '/kind',
          schemaPath: '#/properties/kind/enum',
          keyword: 'enum',
          params: { allowedValues: schema137.properties.kind.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.status !== undefined) {
      let data3 = data.status;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
        const err14 = {
          instancePath: instancePath + '/status',
          schemaPath: 'urn:desktop-api:schemas#/$defs/FaultStatus/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (!(data3 === 429 || data3 === 500 || data3 === 503)) {
        const err15 = {
          instancePath: instancePath + '/status',
          schemaPath: 'urn:desktop-api:schemas#/$defs/FaultStatus/enum',
          keyword: 'enum',
          params: { allowedValues: schema138.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.latency_ms !== undefined) {
      let data4 = data.latency_ms;
      if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
        const err16 = {
          instancePath: instancePath + '/latency_ms',
          schemaPath: '#/properties/latency_ms/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data4 == 'number' && isFinite(data4)) {
        if (data4 > 600000 || isNaN(data4)) {
          const err17 = {
            instancePath: instancePath + '/latency_ms',
            schemaPath: '#/properties/latency_ms/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 600000 },
            message: 'must be <= 600000',
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data4 < 0 || isNaN(data4)) {
          const err18 = {
            instancePath: instancePath + '/latency_ms',
            schemaPath: '#/properties/latency_ms/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
    }
    if (data.count !== undefined) {
      let data5 = data.count;
      if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
        const err19 = {
          instancePath: instancePath + '/count',
          schemaPath: '#/properties/count/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      if (typeof data5 == 'number' && isFinite(data5)) {
        if (data5 < 1 || isNaN(data5)) {
          const err20 = {
            instancePath: instancePath + '/count',
            schemaPath: '#/properties/count/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
    }
    if (data.ratio !== undefined) {
      let data6 = data.ratio;
      if (typeof data6 == 'number' && isFinite(data6)) {
        if (data6 > 1 || isNaN(data6)) {
          const err21 = {
            instancePath: instancePath + '/ratio',
            schemaPath: '#/properties/ratio/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1 },
            message: 'must be <= 1',
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (data6 < 0 || isNaN(data6)) {
          const err22 = {
            instancePath: instancePath + '/ratio',
            schemaPath: '#/properties/ratio/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = {
          instancePath: instancePath + '/ratio',
          schemaPath: '#/properties/ratio/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.path_prefix !== undefined) {
      let data7 = data.path_prefix;
      if (typeof data7 === 'string') {
        if (!pattern27.test(data7)) {
          const err24 = {
            instancePath: instancePath + '/path_prefix',
            schemaPath: '#/properties/path_prefix/pattern',
            keyword: 'pattern',
            params: { pattern: '^/' },
            message: 'must match pattern "' + '^/' + '"',
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = {
          instancePath: instancePath + '/path_prefix',
          schemaPath: '#/properties/path_prefix/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
  } else {
    const err26 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
  }
  validate110.errors = vErrors;
  return errors === 0;
}
validate110.evaluated = {
  props: { kind: true, status: true, latency_ms: true, count: true, ratio: true, path_prefix: true },
  dynamicProps: false,
  dynamicItems: false,
};

function validate109(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate109.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate110(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
        message: "must have required property '" + 'id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'kind' },
        message: "must have required property '" + 'kind' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.hits === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'hits' },
        message: "must have required property '" + 'hits' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.id !== undefined) {
      if (typeof data.id !== 'string') {
        const err3 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.remaining !== undefined) {
      let data1 = data.remaining;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        const err4 = {
          instancePath: instancePath + '/remaining',
          schemaPath: '#/properties/remaining/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.hits !== undefined) {
      let data2 = data.hits;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
        const err5 = {
          instancePath: instancePath + '/hits',
          schemaPath: '#/properties/hits/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    for (const key0 in data) {
      if (
        key0 !== 'id' &&
        key0 !== 'remaining' &&
        key0 !== 'hits' &&
        key0 !== 'kind' &&
        key0 !== 'status' &&
        key0 !== 'latency_ms' &&
        key0 !== 'count' &&
        key0 !== 'ratio' &&
        key0 !== 'path_prefix'
      ) {
        const err6 = {
          instancePath,
          schemaPath: '#/unevaluatedProperties',
          keyword: 'unevaluatedProperties',
          params: { unevaluatedProperty: key0 },
          message: 'must NOT have unevaluated properties',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate109.errors = vErrors;
  return errors === 0;
}
validate109.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate108(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate108.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.faults === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'faults' },
        message: "must have required property '" + 'faults' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'faults')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.faults !== undefined) {
      let data0 = data.faults;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate109(data0[i0], {
              instancePath: instancePath + '/faults/' + i0,
              parentData: data0,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate109.errors : vErrors.concat(validate109.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/faults',
          schemaPath: '#/properties/faults/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate108.errors = vErrors;
  return errors === 0;
}
validate108.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate107(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="listFaults_200_body" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate107.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate108(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate108.errors : vErrors.concat(validate108.errors);
    errors = vErrors.length;
  }
  validate107.errors = vErrors;
  return errors === 0;
}
validate107.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const listFaults_200_header_X_Request_Id = validate114;
const schema139 = { $id: 'listFaults_200_header_X_Request_Id', type: 'string', pattern: '^[0-9a-f]{32}$' };

function validate114(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="listFaults_200_header_X_Request_Id" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate114.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data === 'string') {
    if (!pattern4.test(data)) {
      const err0 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[0-9a-f]{32}$' },
        message: 'must match pattern "' + '^[0-9a-f]{32}$' + '"',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate114.errors = vErrors;
  return errors === 0;
}
validate114.evaluated = { dynamicProps: false, dynamicItems: false };

export const addFault_parameters = validate115;
const schema140 = { $id: 'addFault_parameters', type: 'object', properties: {}, required: [] };

function validate115(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="addFault_parameters" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate115.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!(data && typeof data == 'object' && !Array.isArray(data))) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate115.errors = vErrors;
  return errors === 0;
}
validate115.evaluated = { dynamicProps: false, dynamicItems: false };

export const addFault_requestBody = validate116;
const schema141 = { $id: 'addFault_requestBody', $ref: 'urn:desktop-api:schemas#/$defs/FaultSpec' };
const schema142 = {
  type: 'object',
  allOf: [{ $ref: 'urn:desktop-api:schemas#/$defs/FaultFields' }],
  required: ['kind'],
  unevaluatedProperties: false,
};

function validate117(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate117.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate110(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.kind === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'kind' },
        message: "must have required property '" + 'kind' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (
        key0 !== 'kind' &&
        key0 !== 'status' &&
        key0 !== 'latency_ms' &&
        key0 !== 'count' &&
        key0 !== 'ratio' &&
        key0 !== 'path_prefix'
      ) {
        const err1 = {
          instancePath,
          schemaPath: '#/unevaluatedProperties',
          keyword: 'unevaluatedProperties',
          params: { unevaluatedProperty: key0 },
          message: 'must NOT have unevaluated properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate117.errors = vErrors;
  return errors === 0;
}
validate117.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate116(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="addFault_requestBody" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate116.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate117(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate117.errors : vErrors.concat(validate117.errors);
    errors = vErrors.length;
  }
  validate116.errors = vErrors;
  return errors === 0;
}
validate116.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const addFault_201_body = validate120;
const schema143 = { $id: 'addFault_201_body', $ref: 'urn:desktop-api:schemas#/$defs/OneFault' };
const schema144 = {
  type: 'object',
  additionalProperties: false,
  required: ['fault'],
  properties: { fault: { $ref: 'urn:desktop-api:schemas#/$defs/Fault' } },
};

function validate121(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate121.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.fault === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'fault' },
        message: "must have required property '" + 'fault' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'fault')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.fault !== undefined) {
      if (
        !validate109(data.fault, {
          instancePath: instancePath + '/fault',
          parentData: data,
          parentDataProperty: 'fault',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate109.errors : vErrors.concat(validate109.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate121.errors = vErrors;
  return errors === 0;
}
validate121.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate120(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="addFault_201_body" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate120.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate121(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate121.errors : vErrors.concat(validate121.errors);
    errors = vErrors.length;
  }
  validate120.errors = vErrors;
  return errors === 0;
}
validate120.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const addFault_201_header_X_Request_Id = validate124;
const schema145 = { $id: 'addFault_201_header_X_Request_Id', type: 'string', pattern: '^[0-9a-f]{32}$' };

function validate124(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="addFault_201_header_X_Request_Id" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate124.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data === 'string') {
    if (!pattern4.test(data)) {
      const err0 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[0-9a-f]{32}$' },
        message: 'must match pattern "' + '^[0-9a-f]{32}$' + '"',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate124.errors = vErrors;
  return errors === 0;
}
validate124.evaluated = { dynamicProps: false, dynamicItems: false };

export const addFault_400_body = validate125;
const schema146 = { $id: 'addFault_400_body', $ref: 'urn:desktop-api:schemas#/$defs/Error' };

function validate125(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="addFault_400_body" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate125.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.error_code === undefined) {
      const err0 = {
        instancePath,
        schemaPath: 'urn:desktop-api:schemas#/$defs/Error/required',
        keyword: 'required',
        params: { missingProperty: 'error_code' },
        message: "must have required property '" + 'error_code' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.error_msg === undefined) {
      const err1 = {
        instancePath,
        schemaPath: 'urn:desktop-api:schemas#/$defs/Error/required',
        keyword: 'required',
        params: { missingProperty: 'error_msg' },
        message: "must have required property '" + 'error_msg' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.error_code !== undefined) {
      if (typeof data.error_code !== 'string') {
        const err2 = {
          instancePath: instancePath + '/error_code',
          schemaPath: 'urn:desktop-api:schemas#/$defs/Error/properties/error_code/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.error_msg !== undefined) {
      if (typeof data.error_msg !== 'string') {
        const err3 = {
          instancePath: instancePath + '/error_msg',
          schemaPath: 'urn:desktop-api:schemas#/$defs/Error/properties/error_msg/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = {
      instancePath,
      schemaPath: 'urn:desktop-api:schemas#/$defs/Error/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate125.errors = vErrors;
  return errors === 0;
}
validate125.evaluated = { props: { error_code: true, error_msg: true }, dynamicProps: false, dynamicItems: false };

export const addFault_400_header_X_Request_Id = validate126;
const schema148 = { $id: 'addFault_400_header_X_Request_Id', type: 'string', pattern: '^[0-9a-f]{32}$' };

function validate126(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="addFault_400_header_X_Request_Id" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate126.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data === 'string') {
    if (!pattern4.test(data)) {
      const err0 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[0-9a-f]{32}$' },
        message: 'must match pattern "' + '^[0-9a-f]{32}$' + '"',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate126.errors = vErrors;
  return errors === 0;
}
validate126.evaluated = { dynamicProps: false, dynamicItems: false };

export const clearFaults_parameters = validate127;
const schema149 = { $id: 'clearFaults_parameters', type: 'object', properties: {}, required: [] };

function validate127(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="clearFaults_parameters" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate127.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!(data && typeof data == 'object' && !Array.isArray(data))) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate127.errors = vErrors;
  return errors === 0;
}
validate127.evaluated = { dynamicProps: false, dynamicItems: false };

export const clearFaults_204_header_X_Request_Id = validate128;
const schema150 = { $id: 'clearFaults_204_header_X_Request_Id', type: 'string', pattern: '^[0-9a-f]{32}$' };

function validate128(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="clearFaults_204_header_X_Request_Id" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate128.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data === 'string') {
    if (!pattern4.test(data)) {
      const err0 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[0-9a-f]{32}$' },
        message: 'must match pattern "' + '^[0-9a-f]{32}$' + '"',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate128.errors = vErrors;
  return errors === 0;
}
validate128.evaluated = { dynamicProps: false, dynamicItems: false };

export const schema_Seed = validate129;
const schema151 = { $id: 'schema_Seed', $ref: 'urn:desktop-api:schemas#/$defs/Seed' };
const schema152 = {
  type: 'object',
  additionalProperties: false,
  required: ['projects'],
  description: 'The initial state of a sandbox (a `--seed` file); a reset returns to it.',
  properties: {
    projects: { type: 'array', items: { $ref: 'urn:desktop-api:schemas#/$defs/SeedProject' } },
    credentials: { $ref: 'urn:desktop-api:schemas#/$defs/CredentialList' },
  },
};
const schema153 = {
  type: 'object',
  additionalProperties: false,
  required: ['project_id'],
  properties: {
    project_id: { $ref: 'urn:desktop-api:schemas#/$defs/ProjectId' },
    desktops: { type: 'array', items: { $ref: 'urn:desktop-api:schemas#/$defs/SeedDesktop' } },
    users: {
      type: 'array',
      description: 'Users without a desktop (users of seeded desktops are created from the desktops).',
      items: { $ref: 'urn:desktop-api:schemas#/$defs/Name' },
    },
  },
};
const schema155 = {
  type: 'object',
  description: 'A desktop in a seed (`status` defaults to `ACTIVE`).',
  allOf: [{ $ref: 'urn:desktop-api:schemas#/$defs/NewDesktop' }],
  required: ['desktop_id'],
};

function validate133(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate133.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === 'desktop_id' || key0 === 'status' || key0 === 'task' || key0 === 'user')) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.desktop_id !== undefined) {
      let data0 = data.desktop_id;
      if (typeof data0 === 'string') {
        if (func1(data0) > 255) {
          const err1 = {
            instancePath: instancePath + '/desktop_id',
            schemaPath: 'urn:desktop-api:schemas#/$defs/DesktopId/maxLength',
            keyword: 'maxLength',
            params: { limit: 255 },
            message: 'must NOT have more than 255 characters',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err2 = {
            instancePath: instancePath + '/desktop_id',
            schemaPath: 'urn:desktop-api:schemas#/$defs/DesktopId/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/desktop_id',
          schemaPath: 'urn:desktop-api:schemas#/$defs/DesktopId/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.status !== undefined) {
      let data1 = data.status;
      if (typeof data1 !== 'string') {
        const err4 = {
          instancePath: instancePath + '/status',
          schemaPath: 'urn:desktop-api:schemas#/$defs/DesktopStatus/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data1 === 'ACTIVE' || data1 === 'SHUTOFF' || data1 === 'ERROR' || data1 === 'HIBERNATED')) {
        const err5 = {
          instancePath: instancePath + '/status',
          schemaPath: 'urn:desktop-api:schemas#/$defs/DesktopStatus/enum',
          keyword: 'enum',
          params: { allowedValues: schema51.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.task !== undefined) {
      let data2 = data.task;
      const _errs9 = errors;
      let valid3 = false;
      const _errs10 = errors;
      if (typeof data2 === 'string') {
        if (func1(data2) > 128) {
          const err6 = {
            instancePath: instancePath + '/task',
            schemaPath: 'urn:desktop-api:schemas#/$defs/Name/maxLength',
            keyword: 'maxLength',
            params: { limit: 128 },
            message: 'must NOT have more than 128 characters',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (func1(data2) < 1) {
          const err7 = {
            instancePath: instancePath + '/task',
            schemaPath: 'urn:desktop-api:schemas#/$defs/Name/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/task',
          schemaPath: 'urn:desktop-api:schemas#/$defs/Name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      var _valid0 = _errs10 === errors;
      valid3 = valid3 || _valid0;
      const _errs13 = errors;
      if (data2 !== null) {
        const err9 = {
          instancePath: instancePath + '/task',
          schemaPath: '#/properties/task/anyOf/1/type',
          keyword: 'type',
          params: { type: 'null' },
          message: 'must be null',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      var _valid0 = _errs13 === errors;
      valid3 = valid3 || _valid0;
      if (!valid3) {
        const err10 = {
          instancePath: instancePath + '/task',
          schemaPath: '#/properties/task/anyOf',
          keyword: 'anyOf',
          params: {},
          message: 'must match a schema in anyOf',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      } else {
        errors = _errs9;
        if (vErrors !== null) {
          if (_errs9) {
            vErrors.length = _errs9;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.user !== undefined) {
      let data3 = data.user;
      const _errs16 = errors;
      let valid5 = false;
      const _errs17 = errors;
      if (typeof data3 === 'string') {
        if (func1(data3) > 128) {
          const err11 = {
            instancePath: instancePath + '/user',
            schemaPath: 'urn:desktop-api:schemas#/$defs/Name/maxLength',
            keyword: 'maxLength',
            params: { limit: 128 },
            message: 'must NOT have more than 128 characters',
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (func1(data3) < 1) {
          const err12 = {
            instancePath: instancePath + '/user',
            schemaPath: 'urn:desktop-api:schemas#/$defs/Name/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = {
          instancePath: instancePath + '/user',
          schemaPath: 'urn:desktop-api:schemas#/$defs/Name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      var _valid1 = _errs17 === errors;
      valid5 = valid5 || _valid1;
      const _errs20 = errors;
      if (data3 !== null) {
        const err14 = {
          instancePath: instancePath + '/user',
          schemaPath: '#/properties/user/anyOf/1/type',
          keyword: 'type',
          params: { type: 'null' },
          message: 'must be null',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var _valid1 = _errs20 === errors;
      valid5 = valid5 || _valid1;
      if (!valid5) {
        const err15 = {
          instancePath: instancePath + '/user',
          schemaPath: '#/properties/user/anyOf',
          keyword: 'anyOf',
          params: {},
          message: 'must match a schema in anyOf',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      } else {
        errors = _errs16;
        if (vErrors !== null) {
          if (_errs16) {
            vErrors.length = _errs16;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err16 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate133.errors = vErrors;
  return errors === 0;
}
validate133.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate132(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate132.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate133(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.desktop_id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'desktop_id' },
        message: "must have required property '" + 'desktop_id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate132.errors = vErrors;
  return errors === 0;
}
validate132.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate131(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate131.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project_id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project_id' },
        message: "must have required property '" + 'project_id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'project_id' || key0 === 'desktops' || key0 === 'users')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.project_id !== undefined) {
      let data0 = data.project_id;
      if (typeof data0 === 'string') {
        if (func1(data0) > 255) {
          const err2 = {
            instancePath: instancePath + '/project_id',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ProjectId/maxLength',
            keyword: 'maxLength',
            params: { limit: 255 },
            message: 'must NOT have more than 255 characters',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err3 = {
            instancePath: instancePath + '/project_id',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ProjectId/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/project_id',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ProjectId/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.desktops !== undefined) {
      let data1 = data.desktops;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate132(data1[i0], {
              instancePath: instancePath + '/desktops/' + i0,
              parentData: data1,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate132.errors : vErrors.concat(validate132.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/desktops',
          schemaPath: '#/properties/desktops/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.users !== undefined) {
      let data3 = data.users;
      if (Array.isArray(data3)) {
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data4 = data3[i1];
          if (typeof data4 === 'string') {
            if (func1(data4) > 128) {
              const err6 = {
                instancePath: instancePath + '/users/' + i1,
                schemaPath: 'urn:desktop-api:schemas#/$defs/Name/maxLength',
                keyword: 'maxLength',
                params: { limit: 128 },
                message: 'must NOT have more than 128 characters',
              };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (func1(data4) < 1) {
              const err7 = {
                instancePath: instancePath + '/users/' + i1,
                schemaPath: 'urn:desktop-api:schemas#/$defs/Name/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = {
              instancePath: instancePath + '/users/' + i1,
              schemaPath: 'urn:desktop-api:schemas#/$defs/Name/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/users',
          schemaPath: '#/properties/users/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate131.errors = vErrors;
  return errors === 0;
}
validate131.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

const schema162 = {
  type: 'array',
  description: 'Credentials, as in a `--credentials` file.',
  items: { $ref: 'urn:desktop-api:schemas#/$defs/SeedCredential' },
};

function validate138(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate138.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project_id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project_id' },
        message: "must have required property '" + 'project_id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.credentials === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'credentials' },
        message: "must have required property '" + 'credentials' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'project_id' || key0 === 'permissions' || key0 === 'credentials')) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.project_id !== undefined) {
      let data0 = data.project_id;
      if (typeof data0 === 'string') {
        if (func1(data0) > 255) {
          const err3 = {
            instancePath: instancePath + '/project_id',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ProjectId/maxLength',
            keyword: 'maxLength',
            params: { limit: 255 },
            message: 'must NOT have more than 255 characters',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err4 = {
            instancePath: instancePath + '/project_id',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ProjectId/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/project_id',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ProjectId/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.permissions !== undefined) {
      let data1 = data.permissions;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === 'string') {
            if (func1(data2) < 1) {
              const err6 = {
                instancePath: instancePath + '/permissions/' + i0,
                schemaPath: 'urn:desktop-api:schemas#/$defs/Permissions/items/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
              };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = {
              instancePath: instancePath + '/permissions/' + i0,
              schemaPath: 'urn:desktop-api:schemas#/$defs/Permissions/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/permissions',
          schemaPath: 'urn:desktop-api:schemas#/$defs/Permissions/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.credentials !== undefined) {
      let data3 = data.credentials;
      const _errs11 = errors;
      let valid5 = false;
      let passing0 = null;
      const _errs12 = errors;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        if (data3.accessKey === undefined) {
          const err9 = {
            instancePath: instancePath + '/credentials',
            schemaPath: 'urn:desktop-api:schemas#/$defs/AkSkCredentials/required',
            keyword: 'required',
            params: { missingProperty: 'accessKey' },
            message: "must have required property '" + 'accessKey' + "'",
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data3.secretKey === undefined) {
          const err10 = {
            instancePath: instancePath + '/credentials',
            schemaPath: 'urn:desktop-api:schemas#/$defs/AkSkCredentials/required',
            keyword: 'required',
            params: { missingProperty: 'secretKey' },
            message: "must have required property '" + 'secretKey' + "'",
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(key1 === 'accessKey' || key1 === 'secretKey' || key1 === 'securityToken')) {
            const err11 = {
              instancePath: instancePath + '/credentials',
              schemaPath: 'urn:desktop-api:schemas#/$defs/AkSkCredentials/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data3.accessKey !== undefined) {
          let data4 = data3.accessKey;
          if (typeof data4 === 'string') {
            if (func1(data4) < 1) {
              const err12 = {
                instancePath: instancePath + '/credentials/accessKey',
                schemaPath: 'urn:desktop-api:schemas#/$defs/AkSkCredentials/properties/accessKey/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (!pattern24.test(data4)) {
              const err13 = {
                instancePath: instancePath + '/credentials/accessKey',
                schemaPath: 'urn:desktop-api:schemas#/$defs/AkSkCredentials/properties/accessKey/pattern',
                keyword: 'pattern',
                params: { pattern: '^[^\\s,=]+$' },
                message: 'must match pattern "' + '^[^\\s,=]+$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = {
              instancePath: instancePath + '/credentials/accessKey',
              schemaPath: 'urn:desktop-api:schemas#/$defs/AkSkCredentials/properties/accessKey/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data3.secretKey !== undefined) {
          let data5 = data3.secretKey;
          if (typeof data5 === 'string') {
            if (func1(data5) < 1) {
              const err15 = {
                instancePath: instancePath + '/credentials/secretKey',
                schemaPath: 'urn:desktop-api:schemas#/$defs/AkSkCredentials/properties/secretKey/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = {
              instancePath: instancePath + '/credentials/secretKey',
              schemaPath: 'urn:desktop-api:schemas#/$defs/AkSkCredentials/properties/secretKey/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data3.securityToken !== undefined) {
          let data6 = data3.securityToken;
          if (typeof data6 === 'string') {
            if (func1(data6) < 1) {
              const err17 = {
                instancePath: instancePath + '/credentials/securityToken',
                schemaPath: 'urn:desktop-api:schemas#/$defs/AkSkCredentials/properties/securityToken/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
              };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = {
              instancePath: instancePath + '/credentials/securityToken',
              schemaPath: 'urn:desktop-api:schemas#/$defs/AkSkCredentials/properties/securityToken/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = {
          instancePath: instancePath + '/credentials',
          schemaPath: 'urn:desktop-api:schemas#/$defs/AkSkCredentials/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      var _valid0 = _errs12 === errors;
      if (_valid0) {
        valid5 = true;
        passing0 = 0;
        var props0 = true;
      }
      const _errs22 = errors;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        if (data3.token === undefined) {
          const err20 = {
            instancePath: instancePath + '/credentials',
            schemaPath: 'urn:desktop-api:schemas#/$defs/TokenCredentials/required',
            keyword: 'required',
            params: { missingProperty: 'token' },
            message: "must have required property '" + 'token' + "'",
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        for (const key2 in data3) {
          if (!(key2 === 'token')) {
            const err21 = {
              instancePath: instancePath + '/credentials',
              schemaPath: 'urn:desktop-api:schemas#/$defs/TokenCredentials/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key2 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data3.token !== undefined) {
          let data7 = data3.token;
          if (typeof data7 === 'string') {
            if (func1(data7) < 1) {
              const err22 = {
                instancePath: instancePath + '/credentials/token',
                schemaPath: 'urn:desktop-api:schemas#/$defs/TokenCredentials/properties/token/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
              };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = {
              instancePath: instancePath + '/credentials/token',
              schemaPath: 'urn:desktop-api:schemas#/$defs/TokenCredentials/properties/token/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = {
          instancePath: instancePath + '/credentials',
          schemaPath: 'urn:desktop-api:schemas#/$defs/TokenCredentials/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      var _valid0 = _errs22 === errors;
      if (_valid0 && valid5) {
        valid5 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid5 = true;
          passing0 = 1;
          if (props0 !== true) {
            props0 = true;
          }
        }
      }
      if (!valid5) {
        const err25 = {
          instancePath: instancePath + '/credentials',
          schemaPath: '#/properties/credentials/oneOf',
          keyword: 'oneOf',
          params: { passingSchemas: passing0 },
          message: 'must match exactly one schema in oneOf',
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      } else {
        errors = _errs11;
        if (vErrors !== null) {
          if (_errs11) {
            vErrors.length = _errs11;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err26 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
  }
  validate138.errors = vErrors;
  return errors === 0;
}
validate138.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate137(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate137.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (
        !validate138(data[i0], {
          instancePath: instancePath + '/' + i0,
          parentData: data,
          parentDataProperty: i0,
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate138.errors : vErrors.concat(validate138.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'array' },
      message: 'must be array',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate137.errors = vErrors;
  return errors === 0;
}
validate137.evaluated = { items: true, dynamicProps: false, dynamicItems: false };

function validate130(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate130.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.projects === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'projects' },
        message: "must have required property '" + 'projects' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'projects' || key0 === 'credentials')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.projects !== undefined) {
      let data0 = data.projects;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate131(data0[i0], {
              instancePath: instancePath + '/projects/' + i0,
              parentData: data0,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate131.errors : vErrors.concat(validate131.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/projects',
          schemaPath: '#/properties/projects/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.credentials !== undefined) {
      if (
        !validate137(data.credentials, {
          instancePath: instancePath + '/credentials',
          parentData: data,
          parentDataProperty: 'credentials',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate137.errors : vErrors.concat(validate137.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate130.errors = vErrors;
  return errors === 0;
}
validate130.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate129(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="schema_Seed" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate129.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate130(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate130.errors : vErrors.concat(validate130.errors);
    errors = vErrors.length;
  }
  validate129.errors = vErrors;
  return errors === 0;
}
validate129.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const schema_CredentialList = validate142;
const schema168 = { $id: 'schema_CredentialList', $ref: 'urn:desktop-api:schemas#/$defs/CredentialList' };

function validate143(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate143.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (
        !validate138(data[i0], {
          instancePath: instancePath + '/' + i0,
          parentData: data,
          parentDataProperty: i0,
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate138.errors : vErrors.concat(validate138.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'array' },
      message: 'must be array',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate143.errors = vErrors;
  return errors === 0;
}
validate143.evaluated = { items: true, dynamicProps: false, dynamicItems: false };

function validate142(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="schema_CredentialList" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate142.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate143(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate143.errors : vErrors.concat(validate143.errors);
    errors = vErrors.length;
  }
  validate142.errors = vErrors;
  return errors === 0;
}
validate142.evaluated = { items: true, dynamicProps: false, dynamicItems: false };

/** Every validator, by operation: `parameters`, then `responses[status].body` and `.headers[lowerName]`. */
export const validators = {
  getIndex: {
    parameters: getIndex_parameters,
    responses: {
      200: {
        headers: {
          'x-request-id': getIndex_200_header_X_Request_Id,
        },
        body: getIndex_200_body,
      },
    },
  },
  getDocument: {
    parameters: getDocument_parameters,
    responses: {
      200: {
        headers: {
          'x-request-id': getDocument_200_header_X_Request_Id,
        },
      },
    },
  },
  getHealth: {
    parameters: getHealth_parameters,
    responses: {
      200: {
        headers: {
          'x-request-id': getHealth_200_header_X_Request_Id,
        },
        body: getHealth_200_body,
      },
    },
  },
  reset: {
    parameters: reset_parameters,
    responses: {
      204: {
        headers: {
          'x-request-id': reset_204_header_X_Request_Id,
        },
      },
    },
  },
  listDesktops: {
    parameters: listDesktops_parameters,
    responses: {
      200: {
        headers: {
          'x-request-id': listDesktops_200_header_X_Request_Id,
        },
        body: listDesktops_200_body,
      },
      400: {
        headers: {
          'x-request-id': listDesktops_400_header_X_Request_Id,
        },
        body: listDesktops_400_body,
      },
    },
  },
  createDesktop: {
    parameters: createDesktop_parameters,
    requestBody: createDesktop_requestBody,
    responses: {
      201: {
        headers: {
          'x-request-id': createDesktop_201_header_X_Request_Id,
        },
        body: createDesktop_201_body,
      },
      400: {
        headers: {
          'x-request-id': createDesktop_400_header_X_Request_Id,
        },
        body: createDesktop_400_body,
      },
      409: {
        headers: {
          'x-request-id': createDesktop_409_header_X_Request_Id,
        },
        body: createDesktop_409_body,
      },
    },
  },
  getDesktop: {
    parameters: getDesktop_parameters,
    responses: {
      200: {
        headers: {
          'x-request-id': getDesktop_200_header_X_Request_Id,
        },
        body: getDesktop_200_body,
      },
      400: {
        headers: {
          'x-request-id': getDesktop_400_header_X_Request_Id,
        },
        body: getDesktop_400_body,
      },
      404: {
        headers: {
          'x-request-id': getDesktop_404_header_X_Request_Id,
        },
        body: getDesktop_404_body,
      },
    },
  },
  setTask: {
    parameters: setTask_parameters,
    requestBody: setTask_requestBody,
    responses: {
      200: {
        headers: {
          'x-request-id': setTask_200_header_X_Request_Id,
        },
        body: setTask_200_body,
      },
      400: {
        headers: {
          'x-request-id': setTask_400_header_X_Request_Id,
        },
        body: setTask_400_body,
      },
      404: {
        headers: {
          'x-request-id': setTask_404_header_X_Request_Id,
        },
        body: setTask_404_body,
      },
    },
  },
  listUsers: {
    parameters: listUsers_parameters,
    responses: {
      200: {
        headers: {
          'x-request-id': listUsers_200_header_X_Request_Id,
        },
        body: listUsers_200_body,
      },
      400: {
        headers: {
          'x-request-id': listUsers_400_header_X_Request_Id,
        },
        body: listUsers_400_body,
      },
    },
  },
  listOutbox: {
    parameters: listOutbox_parameters,
    responses: {
      200: {
        headers: {
          'x-request-id': listOutbox_200_header_X_Request_Id,
        },
        body: listOutbox_200_body,
      },
      400: {
        headers: {
          'x-request-id': listOutbox_400_header_X_Request_Id,
        },
        body: listOutbox_400_body,
      },
    },
  },
  createCredential: {
    parameters: createCredential_parameters,
    requestBody: createCredential_requestBody,
    responses: {
      201: {
        headers: {
          'x-request-id': createCredential_201_header_X_Request_Id,
        },
        body: createCredential_201_body,
      },
      400: {
        headers: {
          'x-request-id': createCredential_400_header_X_Request_Id,
        },
        body: createCredential_400_body,
      },
    },
  },
  listFaults: {
    parameters: listFaults_parameters,
    responses: {
      200: {
        headers: {
          'x-request-id': listFaults_200_header_X_Request_Id,
        },
        body: listFaults_200_body,
      },
    },
  },
  addFault: {
    parameters: addFault_parameters,
    requestBody: addFault_requestBody,
    responses: {
      201: {
        headers: {
          'x-request-id': addFault_201_header_X_Request_Id,
        },
        body: addFault_201_body,
      },
      400: {
        headers: {
          'x-request-id': addFault_400_header_X_Request_Id,
        },
        body: addFault_400_body,
      },
    },
  },
  clearFaults: {
    parameters: clearFaults_parameters,
    responses: {
      204: {
        headers: {
          'x-request-id': clearFaults_204_header_X_Request_Id,
        },
      },
    },
  },
};

/** Validators of the component schemas, by name. */
export const schemaValidators = {
  Seed: schema_Seed,
  CredentialList: schema_CredentialList,
};
