// Copies the completed admin API description (src/generated/admin-openapi.yaml, written by `pnpm generate`) into
// dist/, so the package ships dist/ and README.md only.
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
mkdirSync(here('../dist'), { recursive: true });
copyFileSync(here('../src/generated/admin-openapi.yaml'), here('../dist/admin-openapi.yaml'));
