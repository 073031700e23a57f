// Generated from spec/ by `pnpm generate` (packages/types/scripts/generate.mjs). Do not edit by hand.

export const DeleteDesktop_parameters = validate20;
const schema31 = {
  $id: 'DeleteDesktop_parameters',
  type: 'object',
  properties: {
    project_id: { type: 'string', minLength: 1, maxLength: 255 },
    desktop_id: { type: 'string', minLength: 1, maxLength: 255 },
    delete_users: { type: 'boolean', default: false },
    email_notification: { type: 'boolean', default: true },
    is_force_delete: { type: 'boolean', default: false },
  },
  required: ['project_id', 'desktop_id'],
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

function validate20(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="DeleteDesktop_parameters" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
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
    if (data.delete_users !== undefined) {
      if (typeof data.delete_users !== 'boolean') {
        const err8 = {
          instancePath: instancePath + '/delete_users',
          schemaPath: '#/properties/delete_users/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.email_notification !== undefined) {
      if (typeof data.email_notification !== 'boolean') {
        const err9 = {
          instancePath: instancePath + '/email_notification',
          schemaPath: '#/properties/email_notification/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.is_force_delete !== undefined) {
      if (typeof data.is_force_delete !== 'boolean') {
        const err10 = {
          instancePath: instancePath + '/is_force_delete',
          schemaPath: '#/properties/is_force_delete/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
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
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = {
  props: { project_id: true, desktop_id: true, delete_users: true, email_notification: true, is_force_delete: true },
  dynamicProps: false,
  dynamicItems: false,
};

export const DeleteDesktop_204_header_X_Request_Id = validate21;
const schema32 = {
  $id: 'DeleteDesktop_204_header_X_Request_Id',
  type: 'string',
  minLength: 1,
  pattern: '^[0-9a-f]{32}$',
};
const pattern4 = new RegExp('^[0-9a-f]{32}$', 'u');

function validate21(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="DeleteDesktop_204_header_X_Request_Id" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data === 'string') {
    if (func1(data) < 1) {
      const err0 = {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
        message: 'must NOT have fewer than 1 characters',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (!pattern4.test(data)) {
      const err1 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[0-9a-f]{32}$' },
        message: 'must match pattern "' + '^[0-9a-f]{32}$' + '"',
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
      instancePath,
      schemaPath: '#/type',
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
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { dynamicProps: false, dynamicItems: false };

export const DeleteDesktop_400_body = validate22;
const schema33 = { $id: 'DeleteDesktop_400_body', $ref: 'urn:desktop-api:schemas#/$defs/ErrorResponse' };
const schema35 = {
  type: 'object',
  title: 'ErrorResponse',
  description:
    'Error body shared by every error status. No property is required. Gateway (APIG) errors add\n`request_id`, so further properties are allowed.\n',
  properties: {
    error_code: {
      type: 'string',
      minLength: 0,
      maxLength: 12,
      description:
        'Error code, returned upon failure. `WKS.*` codes come from Workspace, `APIG.*`/`APIGW.*` from the API gateway.',
    },
    error_msg: { type: 'string', maxLength: 1000, description: 'Error message, returned upon failure.' },
    error_detail: { type: 'string', maxLength: 1000, description: 'Error details, returned upon failure.' },
    encoded_authorization_message: {
      type: 'string',
      readOnly: true,
      description:
        'Encrypted reason for an authorization failure (typically on `403`). Decode it with the STS\n`decode-authorization-message` API.\n',
    },
    request_id: { type: 'string', description: 'Request ID, added by the API gateway on gateway errors.' },
  },
  additionalProperties: true,
};

function validate22(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="DeleteDesktop_400_body" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.error_code !== undefined) {
      let data0 = data.error_code;
      if (typeof data0 === 'string') {
        if (func1(data0) > 12) {
          const err0 = {
            instancePath: instancePath + '/error_code',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_code/maxLength',
            keyword: 'maxLength',
            params: { limit: 12 },
            message: 'must NOT have more than 12 characters',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (func1(data0) < 0) {
          const err1 = {
            instancePath: instancePath + '/error_code',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_code/minLength',
            keyword: 'minLength',
            params: { limit: 0 },
            message: 'must NOT have fewer than 0 characters',
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
          instancePath: instancePath + '/error_code',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_code/type',
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
      let data1 = data.error_msg;
      if (typeof data1 === 'string') {
        if (func1(data1) > 1000) {
          const err3 = {
            instancePath: instancePath + '/error_msg',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_msg/maxLength',
            keyword: 'maxLength',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 characters',
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
          instancePath: instancePath + '/error_msg',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_msg/type',
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
    if (data.error_detail !== undefined) {
      let data2 = data.error_detail;
      if (typeof data2 === 'string') {
        if (func1(data2) > 1000) {
          const err5 = {
            instancePath: instancePath + '/error_detail',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_detail/maxLength',
            keyword: 'maxLength',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 characters',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/error_detail',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_detail/type',
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
    }
    if (data.encoded_authorization_message !== undefined) {
      if (typeof data.encoded_authorization_message !== 'string') {
        const err7 = {
          instancePath: instancePath + '/encoded_authorization_message',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/encoded_authorization_message/type',
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
    if (data.request_id !== undefined) {
      if (typeof data.request_id !== 'string') {
        const err8 = {
          instancePath: instancePath + '/request_id',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/request_id/type',
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
      instancePath,
      schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const DeleteDesktop_400_header_X_Request_Id = validate24;
const schema36 = {
  $id: 'DeleteDesktop_400_header_X_Request_Id',
  type: 'string',
  minLength: 1,
  pattern: '^[0-9a-f]{32}$',
};

function validate24(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="DeleteDesktop_400_header_X_Request_Id" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data === 'string') {
    if (func1(data) < 1) {
      const err0 = {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
        message: 'must NOT have fewer than 1 characters',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (!pattern4.test(data)) {
      const err1 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[0-9a-f]{32}$' },
        message: 'must match pattern "' + '^[0-9a-f]{32}$' + '"',
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
      instancePath,
      schemaPath: '#/type',
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
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { dynamicProps: false, dynamicItems: false };

export const DeleteDesktop_401_body = validate25;
const schema37 = { $id: 'DeleteDesktop_401_body', $ref: 'urn:desktop-api:schemas#/$defs/ErrorResponse' };

function validate25(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="DeleteDesktop_401_body" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.error_code !== undefined) {
      let data0 = data.error_code;
      if (typeof data0 === 'string') {
        if (func1(data0) > 12) {
          const err0 = {
            instancePath: instancePath + '/error_code',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_code/maxLength',
            keyword: 'maxLength',
            params: { limit: 12 },
            message: 'must NOT have more than 12 characters',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (func1(data0) < 0) {
          const err1 = {
            instancePath: instancePath + '/error_code',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_code/minLength',
            keyword: 'minLength',
            params: { limit: 0 },
            message: 'must NOT have fewer than 0 characters',
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
          instancePath: instancePath + '/error_code',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_code/type',
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
      let data1 = data.error_msg;
      if (typeof data1 === 'string') {
        if (func1(data1) > 1000) {
          const err3 = {
            instancePath: instancePath + '/error_msg',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_msg/maxLength',
            keyword: 'maxLength',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 characters',
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
          instancePath: instancePath + '/error_msg',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_msg/type',
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
    if (data.error_detail !== undefined) {
      let data2 = data.error_detail;
      if (typeof data2 === 'string') {
        if (func1(data2) > 1000) {
          const err5 = {
            instancePath: instancePath + '/error_detail',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_detail/maxLength',
            keyword: 'maxLength',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 characters',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/error_detail',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_detail/type',
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
    }
    if (data.encoded_authorization_message !== undefined) {
      if (typeof data.encoded_authorization_message !== 'string') {
        const err7 = {
          instancePath: instancePath + '/encoded_authorization_message',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/encoded_authorization_message/type',
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
    if (data.request_id !== undefined) {
      if (typeof data.request_id !== 'string') {
        const err8 = {
          instancePath: instancePath + '/request_id',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/request_id/type',
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
      instancePath,
      schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const DeleteDesktop_401_header_X_Request_Id = validate26;
const schema39 = {
  $id: 'DeleteDesktop_401_header_X_Request_Id',
  type: 'string',
  minLength: 1,
  pattern: '^[0-9a-f]{32}$',
};

function validate26(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="DeleteDesktop_401_header_X_Request_Id" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data === 'string') {
    if (func1(data) < 1) {
      const err0 = {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
        message: 'must NOT have fewer than 1 characters',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (!pattern4.test(data)) {
      const err1 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[0-9a-f]{32}$' },
        message: 'must match pattern "' + '^[0-9a-f]{32}$' + '"',
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
      instancePath,
      schemaPath: '#/type',
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
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { dynamicProps: false, dynamicItems: false };

export const DeleteDesktop_403_body = validate27;
const schema40 = { $id: 'DeleteDesktop_403_body', $ref: 'urn:desktop-api:schemas#/$defs/ErrorResponse' };

function validate27(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="DeleteDesktop_403_body" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.error_code !== undefined) {
      let data0 = data.error_code;
      if (typeof data0 === 'string') {
        if (func1(data0) > 12) {
          const err0 = {
            instancePath: instancePath + '/error_code',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_code/maxLength',
            keyword: 'maxLength',
            params: { limit: 12 },
            message: 'must NOT have more than 12 characters',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (func1(data0) < 0) {
          const err1 = {
            instancePath: instancePath + '/error_code',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_code/minLength',
            keyword: 'minLength',
            params: { limit: 0 },
            message: 'must NOT have fewer than 0 characters',
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
          instancePath: instancePath + '/error_code',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_code/type',
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
      let data1 = data.error_msg;
      if (typeof data1 === 'string') {
        if (func1(data1) > 1000) {
          const err3 = {
            instancePath: instancePath + '/error_msg',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_msg/maxLength',
            keyword: 'maxLength',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 characters',
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
          instancePath: instancePath + '/error_msg',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_msg/type',
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
    if (data.error_detail !== undefined) {
      let data2 = data.error_detail;
      if (typeof data2 === 'string') {
        if (func1(data2) > 1000) {
          const err5 = {
            instancePath: instancePath + '/error_detail',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_detail/maxLength',
            keyword: 'maxLength',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 characters',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/error_detail',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_detail/type',
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
    }
    if (data.encoded_authorization_message !== undefined) {
      if (typeof data.encoded_authorization_message !== 'string') {
        const err7 = {
          instancePath: instancePath + '/encoded_authorization_message',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/encoded_authorization_message/type',
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
    if (data.request_id !== undefined) {
      if (typeof data.request_id !== 'string') {
        const err8 = {
          instancePath: instancePath + '/request_id',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/request_id/type',
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
      instancePath,
      schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const DeleteDesktop_403_header_X_Request_Id = validate28;
const schema42 = {
  $id: 'DeleteDesktop_403_header_X_Request_Id',
  type: 'string',
  minLength: 1,
  pattern: '^[0-9a-f]{32}$',
};

function validate28(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="DeleteDesktop_403_header_X_Request_Id" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate28.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data === 'string') {
    if (func1(data) < 1) {
      const err0 = {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
        message: 'must NOT have fewer than 1 characters',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (!pattern4.test(data)) {
      const err1 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[0-9a-f]{32}$' },
        message: 'must match pattern "' + '^[0-9a-f]{32}$' + '"',
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
      instancePath,
      schemaPath: '#/type',
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
  validate28.errors = vErrors;
  return errors === 0;
}
validate28.evaluated = { dynamicProps: false, dynamicItems: false };

export const DeleteDesktop_404_body = validate29;
const schema43 = { $id: 'DeleteDesktop_404_body', $ref: 'urn:desktop-api:schemas#/$defs/ErrorResponse' };

function validate29(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="DeleteDesktop_404_body" */
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
    if (data.error_code !== undefined) {
      let data0 = data.error_code;
      if (typeof data0 === 'string') {
        if (func1(data0) > 12) {
          const err0 = {
            instancePath: instancePath + '/error_code',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_code/maxLength',
            keyword: 'maxLength',
            params: { limit: 12 },
            message: 'must NOT have more than 12 characters',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (func1(data0) < 0) {
          const err1 = {
            instancePath: instancePath + '/error_code',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_code/minLength',
            keyword: 'minLength',
            params: { limit: 0 },
            message: 'must NOT have fewer than 0 characters',
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
          instancePath: instancePath + '/error_code',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_code/type',
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
      let data1 = data.error_msg;
      if (typeof data1 === 'string') {
        if (func1(data1) > 1000) {
          const err3 = {
            instancePath: instancePath + '/error_msg',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_msg/maxLength',
            keyword: 'maxLength',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 characters',
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
          instancePath: instancePath + '/error_msg',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_msg/type',
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
    if (data.error_detail !== undefined) {
      let data2 = data.error_detail;
      if (typeof data2 === 'string') {
        if (func1(data2) > 1000) {
          const err5 = {
            instancePath: instancePath + '/error_detail',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_detail/maxLength',
            keyword: 'maxLength',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 characters',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/error_detail',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_detail/type',
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
    }
    if (data.encoded_authorization_message !== undefined) {
      if (typeof data.encoded_authorization_message !== 'string') {
        const err7 = {
          instancePath: instancePath + '/encoded_authorization_message',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/encoded_authorization_message/type',
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
    if (data.request_id !== undefined) {
      if (typeof data.request_id !== 'string') {
        const err8 = {
          instancePath: instancePath + '/request_id',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/request_id/type',
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
      instancePath,
      schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const DeleteDesktop_404_header_X_Request_Id = validate30;
const schema45 = {
  $id: 'DeleteDesktop_404_header_X_Request_Id',
  type: 'string',
  minLength: 1,
  pattern: '^[0-9a-f]{32}$',
};

function validate30(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="DeleteDesktop_404_header_X_Request_Id" */
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
    if (func1(data) < 1) {
      const err0 = {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
        message: 'must NOT have fewer than 1 characters',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (!pattern4.test(data)) {
      const err1 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[0-9a-f]{32}$' },
        message: 'must match pattern "' + '^[0-9a-f]{32}$' + '"',
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
      instancePath,
      schemaPath: '#/type',
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
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { dynamicProps: false, dynamicItems: false };

export const DeleteDesktop_409_body = validate31;
const schema46 = { $id: 'DeleteDesktop_409_body', $ref: 'urn:desktop-api:schemas#/$defs/ErrorResponse' };

function validate31(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="DeleteDesktop_409_body" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate31.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.error_code !== undefined) {
      let data0 = data.error_code;
      if (typeof data0 === 'string') {
        if (func1(data0) > 12) {
          const err0 = {
            instancePath: instancePath + '/error_code',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_code/maxLength',
            keyword: 'maxLength',
            params: { limit: 12 },
            message: 'must NOT have more than 12 characters',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (func1(data0) < 0) {
          const err1 = {
            instancePath: instancePath + '/error_code',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_code/minLength',
            keyword: 'minLength',
            params: { limit: 0 },
            message: 'must NOT have fewer than 0 characters',
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
          instancePath: instancePath + '/error_code',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_code/type',
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
      let data1 = data.error_msg;
      if (typeof data1 === 'string') {
        if (func1(data1) > 1000) {
          const err3 = {
            instancePath: instancePath + '/error_msg',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_msg/maxLength',
            keyword: 'maxLength',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 characters',
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
          instancePath: instancePath + '/error_msg',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_msg/type',
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
    if (data.error_detail !== undefined) {
      let data2 = data.error_detail;
      if (typeof data2 === 'string') {
        if (func1(data2) > 1000) {
          const err5 = {
            instancePath: instancePath + '/error_detail',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_detail/maxLength',
            keyword: 'maxLength',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 characters',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/error_detail',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_detail/type',
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
    }
    if (data.encoded_authorization_message !== undefined) {
      if (typeof data.encoded_authorization_message !== 'string') {
        const err7 = {
          instancePath: instancePath + '/encoded_authorization_message',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/encoded_authorization_message/type',
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
    if (data.request_id !== undefined) {
      if (typeof data.request_id !== 'string') {
        const err8 = {
          instancePath: instancePath + '/request_id',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/request_id/type',
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
      instancePath,
      schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
validate31.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const DeleteDesktop_409_header_X_Request_Id = validate32;
const schema48 = {
  $id: 'DeleteDesktop_409_header_X_Request_Id',
  type: 'string',
  minLength: 1,
  pattern: '^[0-9a-f]{32}$',
};

function validate32(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="DeleteDesktop_409_header_X_Request_Id" */
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
    if (func1(data) < 1) {
      const err0 = {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
        message: 'must NOT have fewer than 1 characters',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (!pattern4.test(data)) {
      const err1 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[0-9a-f]{32}$' },
        message: 'must match pattern "' + '^[0-9a-f]{32}$' + '"',
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
      instancePath,
      schemaPath: '#/type',
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
  validate32.errors = vErrors;
  return errors === 0;
}
validate32.evaluated = { dynamicProps: false, dynamicItems: false };

export const DeleteDesktop_413_body = validate33;
const schema49 = { $id: 'DeleteDesktop_413_body', $ref: 'urn:desktop-api:schemas#/$defs/ErrorResponse' };

function validate33(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="DeleteDesktop_413_body" */
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
    if (data.error_code !== undefined) {
      let data0 = data.error_code;
      if (typeof data0 === 'string') {
        if (func1(data0) > 12) {
          const err0 = {
            instancePath: instancePath + '/error_code',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_code/maxLength',
            keyword: 'maxLength',
            params: { limit: 12 },
            message: 'must NOT have more than 12 characters',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (func1(data0) < 0) {
          const err1 = {
            instancePath: instancePath + '/error_code',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_code/minLength',
            keyword: 'minLength',
            params: { limit: 0 },
            message: 'must NOT have fewer than 0 characters',
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
          instancePath: instancePath + '/error_code',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_code/type',
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
      let data1 = data.error_msg;
      if (typeof data1 === 'string') {
        if (func1(data1) > 1000) {
          const err3 = {
            instancePath: instancePath + '/error_msg',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_msg/maxLength',
            keyword: 'maxLength',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 characters',
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
          instancePath: instancePath + '/error_msg',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_msg/type',
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
    if (data.error_detail !== undefined) {
      let data2 = data.error_detail;
      if (typeof data2 === 'string') {
        if (func1(data2) > 1000) {
          const err5 = {
            instancePath: instancePath + '/error_detail',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_detail/maxLength',
            keyword: 'maxLength',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 characters',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/error_detail',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_detail/type',
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
    }
    if (data.encoded_authorization_message !== undefined) {
      if (typeof data.encoded_authorization_message !== 'string') {
        const err7 = {
          instancePath: instancePath + '/encoded_authorization_message',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/encoded_authorization_message/type',
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
    if (data.request_id !== undefined) {
      if (typeof data.request_id !== 'string') {
        const err8 = {
          instancePath: instancePath + '/request_id',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/request_id/type',
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
      instancePath,
      schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
validate33.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const DeleteDesktop_413_header_X_Request_Id = validate34;
const schema51 = {
  $id: 'DeleteDesktop_413_header_X_Request_Id',
  type: 'string',
  minLength: 1,
  pattern: '^[0-9a-f]{32}$',
};

function validate34(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="DeleteDesktop_413_header_X_Request_Id" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate34.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data === 'string') {
    if (func1(data) < 1) {
      const err0 = {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
        message: 'must NOT have fewer than 1 characters',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (!pattern4.test(data)) {
      const err1 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[0-9a-f]{32}$' },
        message: 'must match pattern "' + '^[0-9a-f]{32}$' + '"',
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
      instancePath,
      schemaPath: '#/type',
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
  validate34.errors = vErrors;
  return errors === 0;
}
validate34.evaluated = { dynamicProps: false, dynamicItems: false };

export const DeleteDesktop_429_body = validate35;
const schema52 = { $id: 'DeleteDesktop_429_body', $ref: 'urn:desktop-api:schemas#/$defs/ErrorResponse' };

function validate35(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="DeleteDesktop_429_body" */
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
    if (data.error_code !== undefined) {
      let data0 = data.error_code;
      if (typeof data0 === 'string') {
        if (func1(data0) > 12) {
          const err0 = {
            instancePath: instancePath + '/error_code',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_code/maxLength',
            keyword: 'maxLength',
            params: { limit: 12 },
            message: 'must NOT have more than 12 characters',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (func1(data0) < 0) {
          const err1 = {
            instancePath: instancePath + '/error_code',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_code/minLength',
            keyword: 'minLength',
            params: { limit: 0 },
            message: 'must NOT have fewer than 0 characters',
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
          instancePath: instancePath + '/error_code',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_code/type',
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
      let data1 = data.error_msg;
      if (typeof data1 === 'string') {
        if (func1(data1) > 1000) {
          const err3 = {
            instancePath: instancePath + '/error_msg',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_msg/maxLength',
            keyword: 'maxLength',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 characters',
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
          instancePath: instancePath + '/error_msg',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_msg/type',
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
    if (data.error_detail !== undefined) {
      let data2 = data.error_detail;
      if (typeof data2 === 'string') {
        if (func1(data2) > 1000) {
          const err5 = {
            instancePath: instancePath + '/error_detail',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_detail/maxLength',
            keyword: 'maxLength',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 characters',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/error_detail',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_detail/type',
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
    }
    if (data.encoded_authorization_message !== undefined) {
      if (typeof data.encoded_authorization_message !== 'string') {
        const err7 = {
          instancePath: instancePath + '/encoded_authorization_message',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/encoded_authorization_message/type',
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
    if (data.request_id !== undefined) {
      if (typeof data.request_id !== 'string') {
        const err8 = {
          instancePath: instancePath + '/request_id',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/request_id/type',
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
      instancePath,
      schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
validate35.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const DeleteDesktop_429_header_X_Request_Id = validate36;
const schema54 = {
  $id: 'DeleteDesktop_429_header_X_Request_Id',
  type: 'string',
  minLength: 1,
  pattern: '^[0-9a-f]{32}$',
};

function validate36(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="DeleteDesktop_429_header_X_Request_Id" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate36.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data === 'string') {
    if (func1(data) < 1) {
      const err0 = {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
        message: 'must NOT have fewer than 1 characters',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (!pattern4.test(data)) {
      const err1 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[0-9a-f]{32}$' },
        message: 'must match pattern "' + '^[0-9a-f]{32}$' + '"',
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
      instancePath,
      schemaPath: '#/type',
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
  validate36.errors = vErrors;
  return errors === 0;
}
validate36.evaluated = { dynamicProps: false, dynamicItems: false };

export const DeleteDesktop_500_body = validate37;
const schema55 = { $id: 'DeleteDesktop_500_body', $ref: 'urn:desktop-api:schemas#/$defs/ErrorResponse' };

function validate37(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="DeleteDesktop_500_body" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate37.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.error_code !== undefined) {
      let data0 = data.error_code;
      if (typeof data0 === 'string') {
        if (func1(data0) > 12) {
          const err0 = {
            instancePath: instancePath + '/error_code',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_code/maxLength',
            keyword: 'maxLength',
            params: { limit: 12 },
            message: 'must NOT have more than 12 characters',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (func1(data0) < 0) {
          const err1 = {
            instancePath: instancePath + '/error_code',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_code/minLength',
            keyword: 'minLength',
            params: { limit: 0 },
            message: 'must NOT have fewer than 0 characters',
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
          instancePath: instancePath + '/error_code',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_code/type',
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
      let data1 = data.error_msg;
      if (typeof data1 === 'string') {
        if (func1(data1) > 1000) {
          const err3 = {
            instancePath: instancePath + '/error_msg',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_msg/maxLength',
            keyword: 'maxLength',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 characters',
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
          instancePath: instancePath + '/error_msg',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_msg/type',
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
    if (data.error_detail !== undefined) {
      let data2 = data.error_detail;
      if (typeof data2 === 'string') {
        if (func1(data2) > 1000) {
          const err5 = {
            instancePath: instancePath + '/error_detail',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_detail/maxLength',
            keyword: 'maxLength',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 characters',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/error_detail',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_detail/type',
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
    }
    if (data.encoded_authorization_message !== undefined) {
      if (typeof data.encoded_authorization_message !== 'string') {
        const err7 = {
          instancePath: instancePath + '/encoded_authorization_message',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/encoded_authorization_message/type',
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
    if (data.request_id !== undefined) {
      if (typeof data.request_id !== 'string') {
        const err8 = {
          instancePath: instancePath + '/request_id',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/request_id/type',
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
      instancePath,
      schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate37.errors = vErrors;
  return errors === 0;
}
validate37.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const DeleteDesktop_500_header_X_Request_Id = validate38;
const schema57 = {
  $id: 'DeleteDesktop_500_header_X_Request_Id',
  type: 'string',
  minLength: 1,
  pattern: '^[0-9a-f]{32}$',
};

function validate38(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="DeleteDesktop_500_header_X_Request_Id" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate38.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data === 'string') {
    if (func1(data) < 1) {
      const err0 = {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
        message: 'must NOT have fewer than 1 characters',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (!pattern4.test(data)) {
      const err1 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[0-9a-f]{32}$' },
        message: 'must match pattern "' + '^[0-9a-f]{32}$' + '"',
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
      instancePath,
      schemaPath: '#/type',
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
  validate38.errors = vErrors;
  return errors === 0;
}
validate38.evaluated = { dynamicProps: false, dynamicItems: false };

export const DeleteDesktop_503_body = validate39;
const schema58 = { $id: 'DeleteDesktop_503_body', $ref: 'urn:desktop-api:schemas#/$defs/ErrorResponse' };

function validate39(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="DeleteDesktop_503_body" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate39.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.error_code !== undefined) {
      let data0 = data.error_code;
      if (typeof data0 === 'string') {
        if (func1(data0) > 12) {
          const err0 = {
            instancePath: instancePath + '/error_code',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_code/maxLength',
            keyword: 'maxLength',
            params: { limit: 12 },
            message: 'must NOT have more than 12 characters',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (func1(data0) < 0) {
          const err1 = {
            instancePath: instancePath + '/error_code',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_code/minLength',
            keyword: 'minLength',
            params: { limit: 0 },
            message: 'must NOT have fewer than 0 characters',
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
          instancePath: instancePath + '/error_code',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_code/type',
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
      let data1 = data.error_msg;
      if (typeof data1 === 'string') {
        if (func1(data1) > 1000) {
          const err3 = {
            instancePath: instancePath + '/error_msg',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_msg/maxLength',
            keyword: 'maxLength',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 characters',
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
          instancePath: instancePath + '/error_msg',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_msg/type',
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
    if (data.error_detail !== undefined) {
      let data2 = data.error_detail;
      if (typeof data2 === 'string') {
        if (func1(data2) > 1000) {
          const err5 = {
            instancePath: instancePath + '/error_detail',
            schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_detail/maxLength',
            keyword: 'maxLength',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 characters',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/error_detail',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/error_detail/type',
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
    }
    if (data.encoded_authorization_message !== undefined) {
      if (typeof data.encoded_authorization_message !== 'string') {
        const err7 = {
          instancePath: instancePath + '/encoded_authorization_message',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/encoded_authorization_message/type',
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
    if (data.request_id !== undefined) {
      if (typeof data.request_id !== 'string') {
        const err8 = {
          instancePath: instancePath + '/request_id',
          schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/properties/request_id/type',
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
      instancePath,
      schemaPath: 'urn:desktop-api:schemas#/$defs/ErrorResponse/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
validate39.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const DeleteDesktop_503_header_X_Request_Id = validate40;
const schema60 = {
  $id: 'DeleteDesktop_503_header_X_Request_Id',
  type: 'string',
  minLength: 1,
  pattern: '^[0-9a-f]{32}$',
};

function validate40(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="DeleteDesktop_503_header_X_Request_Id" */
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate40.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data === 'string') {
    if (func1(data) < 1) {
      const err0 = {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
        message: 'must NOT have fewer than 1 characters',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (!pattern4.test(data)) {
      const err1 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[0-9a-f]{32}$' },
        message: 'must match pattern "' + '^[0-9a-f]{32}$' + '"',
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
      instancePath,
      schemaPath: '#/type',
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
  validate40.errors = vErrors;
  return errors === 0;
}
validate40.evaluated = { dynamicProps: false, dynamicItems: false };

/** Every validator, by operation: `parameters`, then `responses[status].body` and `.headers[lowerName]`. */
export const validators = {
  DeleteDesktop: {
    parameters: DeleteDesktop_parameters,
    responses: {
      204: {
        headers: {
          'x-request-id': DeleteDesktop_204_header_X_Request_Id,
        },
      },
      400: {
        headers: {
          'x-request-id': DeleteDesktop_400_header_X_Request_Id,
        },
        body: DeleteDesktop_400_body,
      },
      401: {
        headers: {
          'x-request-id': DeleteDesktop_401_header_X_Request_Id,
        },
        body: DeleteDesktop_401_body,
      },
      403: {
        headers: {
          'x-request-id': DeleteDesktop_403_header_X_Request_Id,
        },
        body: DeleteDesktop_403_body,
      },
      404: {
        headers: {
          'x-request-id': DeleteDesktop_404_header_X_Request_Id,
        },
        body: DeleteDesktop_404_body,
      },
      409: {
        headers: {
          'x-request-id': DeleteDesktop_409_header_X_Request_Id,
        },
        body: DeleteDesktop_409_body,
      },
      413: {
        headers: {
          'x-request-id': DeleteDesktop_413_header_X_Request_Id,
        },
        body: DeleteDesktop_413_body,
      },
      429: {
        headers: {
          'x-request-id': DeleteDesktop_429_header_X_Request_Id,
        },
        body: DeleteDesktop_429_body,
      },
      500: {
        headers: {
          'x-request-id': DeleteDesktop_500_header_X_Request_Id,
        },
        body: DeleteDesktop_500_body,
      },
      503: {
        headers: {
          'x-request-id': DeleteDesktop_503_header_X_Request_Id,
        },
        body: DeleteDesktop_503_body,
      },
    },
  },
};
