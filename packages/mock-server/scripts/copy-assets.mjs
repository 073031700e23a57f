// Copies the admin API description into dist/, so the package ships dist/ and README.md only.
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
mkdirSync(here('../dist'), { recursive: true });
copyFileSync(here('../admin-openapi.yaml'), here('../dist/admin-openapi.yaml'));
