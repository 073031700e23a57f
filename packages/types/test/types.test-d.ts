import { describe, expectTypeOf, it } from 'vitest';
import type {
  DeleteDesktopErrorBody,
  DeleteDesktopErrorStatus,
  DeleteDesktopParams,
  DeleteDesktopPathParams,
  DeleteDesktopQuery,
  DeleteDesktopStatus,
  DeleteDesktopSuccessStatus,
  ErrorBody,
  Region,
  DeleteDesktopRequest as Request,
  regions,
  signing,
} from '../src/index.js';

type Parameter = (typeof Request)['parameters'][number];
type In<L extends string> = Extract<Parameter, { in: L }>;
type ValueOf<P extends Parameter> = P['type'] extends 'boolean' ? boolean : P['type'] extends 'string' ? string : never;

describe('openapi-typescript output agrees with the spec model', () => {
  it('types every query parameter of the model, optional unless required, with its type', () => {
    expectTypeOf<keyof DeleteDesktopQuery>().toEqualTypeOf<In<'query'>['name']>();
    expectTypeOf<DeleteDesktopQuery>().toEqualTypeOf<{ [P in In<'query'> as P['name']]?: ValueOf<P> }>();
  });

  it('types every path parameter of the model as required', () => {
    expectTypeOf<DeleteDesktopPathParams>().toEqualTypeOf<{ [P in In<'path'> as P['name']]: ValueOf<P> }>();
  });

  it('lists exactly the statuses of the model', () => {
    expectTypeOf<DeleteDesktopStatus>().toEqualTypeOf<(typeof Request)['statuses'][number]>();
    expectTypeOf<DeleteDesktopSuccessStatus>().toEqualTypeOf<(typeof Request)['success']>();
    expectTypeOf<DeleteDesktopErrorStatus>().toEqualTypeOf<
      Exclude<(typeof Request)['statuses'][number], (typeof Request)['success']>
    >();
  });

  it('gives every error status the shared error body', () => {
    expectTypeOf<DeleteDesktopErrorBody<DeleteDesktopErrorStatus>>().toEqualTypeOf<ErrorBody>();
    expectTypeOf<ErrorBody['error_code']>().toEqualTypeOf<string | undefined>();
  });
});

describe('friendly parameters', () => {
  type Friendly = Exclude<Parameter, { name: (typeof signing)['projectParameter'] }>;

  it('name every parameter but the project in camelCase, with its type and required-ness', () => {
    expectTypeOf<keyof DeleteDesktopParams>().toEqualTypeOf<Friendly['key']>();
    expectTypeOf<DeleteDesktopParams>().toEqualTypeOf<
      { [P in Extract<Friendly, { required: true }> as P['key']]: ValueOf<P> } & {
        [P in Extract<Friendly, { required: false }> as P['key']]?: ValueOf<P> | undefined;
      } extends infer T
        ? { [K in keyof T]: T[K] }
        : never
    >();
  });

  it('rejects a value of the wrong type', () => {
    // @ts-expect-error a friendly parameter keeps the spec's type
    const bad: DeleteDesktopParams = { desktopId: 42 };
    void bad;
  });
});

describe('regions', () => {
  it('are the literal region IDs of the spec', () => {
    expectTypeOf<Region>().toEqualTypeOf<(typeof regions)[number]>();
    // @ts-expect-error not a region of the spec
    const r: Region = 'not-a-region';
    void r;
  });
});
