/** Formats a date as `X-Sdk-Date` wants it: UTC `YYYYMMDDTHHMMSSZ`. */
export function formatSdkDate(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid signing date: pass a valid Date.');
  return `${date.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
}

const SDK_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

/** Parses an `X-Sdk-Date` value (`YYYYMMDDTHHMMSSZ`); returns undefined when it is not one. */
export function parseSdkDate(value: string): Date | undefined {
  const m = SDK_DATE.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = [+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!];
  const date = new Date(Date.UTC(y, mo, d, h, mi, s));
  if (date.getUTCMonth() !== mo || date.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return undefined;
  return date;
}
