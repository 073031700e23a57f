import { describe, expectTypeOf, it } from 'vitest';
import type {
  DeleteDesktopErrorBody,
  DeleteDesktopErrorStatus,
  DeleteDesktopPathParams,
  DeleteDesktopQuery,
  DeleteDesktopStatus,
  ErrorBody,
  Region,
} from '../src/index.js';

describe('DeleteDesktop types', () => {
  it('types the query flags as optional booleans', () => {
    expectTypeOf<DeleteDesktopQuery>().toEqualTypeOf<{
      delete_users?: boolean;
      email_notification?: boolean;
      is_force_delete?: boolean;
    }>();
    // @ts-expect-error a string is not a boolean flag
    const bad: DeleteDesktopQuery = { delete_users: 'true' };
    // @ts-expect-error an unknown query key is rejected
    const unknown: DeleteDesktopQuery = { delete_user: true };
    void bad;
    void unknown;
  });

  it('requires both path parameters', () => {
    expectTypeOf<DeleteDesktopPathParams>().toEqualTypeOf<{ project_id: string; desktop_id: string }>();
    // @ts-expect-error desktop_id is required
    const missing: DeleteDesktopPathParams = { project_id: 'p' };
    void missing;
  });

  it('lists exactly the documented statuses', () => {
    expectTypeOf<DeleteDesktopStatus>().toEqualTypeOf<204 | 400 | 401 | 403 | 404 | 409 | 429 | 500>();
    expectTypeOf<DeleteDesktopErrorStatus>().toEqualTypeOf<400 | 401 | 403 | 404 | 409 | 429 | 500>();
  });

  it('gives every error status the shared error body', () => {
    expectTypeOf<DeleteDesktopErrorBody<409>>().toEqualTypeOf<ErrorBody>();
    expectTypeOf<ErrorBody['error_code']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ErrorBody['error_detail']>().toEqualTypeOf<string | undefined>();
  });

  it('derives regions from the spec', () => {
    expectTypeOf<'cn-north-4'>().toMatchTypeOf<Region>();
    // @ts-expect-error not a Workspace region
    const r: Region = 'us-east-1';
    void r;
  });
});
