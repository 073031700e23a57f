import { randomBytes } from 'node:crypto';

/** Makes 32-hex-digit request ids, unique within the process: a random prefix and a counter. */
export function requestIdGenerator(): () => string {
  const prefix = randomBytes(8).toString('hex');
  let counter = 0;
  return () => {
    counter++;
    return prefix + counter.toString(16).padStart(16, '0');
  };
}
