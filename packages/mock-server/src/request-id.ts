/** Makes 32-hex-digit request ids, unique within the process: a random prefix and a counter. */
export function requestIdGenerator(): () => string {
  const prefix = [...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, '0')).join('');
  let counter = 0;
  return () => {
    counter++;
    return prefix + counter.toString(16).padStart(16, '0');
  };
}
