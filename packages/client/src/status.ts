import type { DeleteDesktopStatus } from '@desktop-api/types';

type Range<N extends number, Acc extends number[] = []> = Acc['length'] extends N
  ? Acc[number]
  : Range<N, [...Acc, Acc['length']]>;

/** Every HTTP status code from 100 to 599, as literal types. */
export type HttpStatus = Exclude<Range<600>, Range<100>>;

/**
 * A status the spec does not document for DeleteDesktop (e.g. a gateway's 502, 503 or 504). A union of literals,
 * so that narrowing a result on a documented status leaves this variant out.
 */
export type UndocumentedStatus = Exclude<HttpStatus, DeleteDesktopStatus>;
