// The package metadata every manifest must share with the root one, and what a publishable package's tarball must
// (and may) hold. Used by `pnpm check:packages` and the release-script tests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every workspace package folder (spec/ and packages/*) with a manifest, and its parsed manifest.
 * @param {string} root the repository root
 * @returns {Array<{ dir: string, manifest: Record<string, any> }>}
 */
export function workspaceManifests(root) {
  const packages = existsSync(join(root, 'packages')) ? readdirSync(join(root, 'packages')) : [];
  return ['spec', ...packages.map((d) => `packages/${d}`)]
    .filter((dir) => existsSync(join(root, dir, 'package.json')))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) }));
}

/** @param {unknown} value */
const show = (value) => (value === undefined ? 'nothing' : JSON.stringify(value));

/**
 * Problems with the manifests of the repository at `root`, one sentence each naming the file, what it has and the
 * fix; empty when all is well. Every manifest (private ones included) has the root's `engines` and `license` and a
 * LICENSE file beside it; the root and every publishable manifest have `repository` (`type: git`, the root's `url`,
 * and each package's own `directory`), a `homepage` on the root's repository and the root's `bugs`.
 * @param {string} root the repository root
 * @returns {string[]}
 */
export function manifestProblems(root) {
  /** @type {Record<string, any>} */
  const top = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  /** @type {string[]} */
  const problems = [];
  const repoUrl = top.repository?.url;
  const web = typeof repoUrl === 'string' ? repoUrl.replace(/^git\+/, '').replace(/\.git$/, '') : undefined;
  if (top.repository?.type !== 'git' || typeof repoUrl !== 'string')
    problems.push(
      `package.json: repository is ${show(top.repository)}; set { "type": "git", "url": "git+https://…" }.`,
    );
  if (typeof top.homepage !== 'string' || (web && !top.homepage.startsWith(web)))
    problems.push(`package.json: homepage is ${show(top.homepage)}; set it to a page of ${web ?? 'the repository'}.`);
  if (typeof top.bugs?.url !== 'string')
    problems.push(`package.json: bugs is ${show(top.bugs)}; set { "url": "<the issue tracker>" }.`);
  if (top.engines === undefined)
    problems.push('package.json: engines is nothing; set { "node": ">=<oldest tested>" }.');
  if (!existsSync(join(root, 'LICENSE')))
    problems.push('LICENSE: missing at the repository root; add the license text.');
  for (const { dir, manifest } of workspaceManifests(root)) {
    const file = `${dir}/package.json`;
    if (JSON.stringify(manifest.engines) !== JSON.stringify(top.engines))
      problems.push(`${file}: engines is ${show(manifest.engines)}; set it to the root's ${show(top.engines)}.`);
    if (manifest.license !== top.license)
      problems.push(`${file}: license is ${show(manifest.license)}; set it to the root's ${show(top.license)}.`);
    if (!existsSync(join(root, dir, 'LICENSE')))
      problems.push(`${dir}/LICENSE: missing; copy the root LICENSE into ${dir}/.`);
    if (manifest.private) continue;
    const repository = { type: 'git', url: repoUrl, directory: dir };
    if (JSON.stringify(manifest.repository) !== JSON.stringify(repository))
      problems.push(`${file}: repository is ${show(manifest.repository)}; set it to ${show(repository)}.`);
    if (typeof manifest.homepage !== 'string' || (web && !manifest.homepage.startsWith(web)))
      problems.push(`${file}: homepage is ${show(manifest.homepage)}; set it to the package's page on ${web}.`);
    if (JSON.stringify(manifest.bugs) !== JSON.stringify(top.bugs))
      problems.push(`${file}: bugs is ${show(manifest.bugs)}; set it to the root's ${show(top.bugs)}.`);
  }
  return problems;
}

/** The files a publishable package's tarball must hold besides dist/ (package.json is always there). */
export const REQUIRED_TARBALL_FILES = ['README.md', 'LICENSE'];

/**
 * Problems with the file list of a publishable package's tarball: it holds only package.json, README.md, LICENSE
 * and dist/, and holds README.md and LICENSE.
 * @param {string[]} files the tarball's paths, relative to the package folder
 * @returns {string[]}
 */
export function tarballProblems(files) {
  const allowed = new Set(['package.json', ...REQUIRED_TARBALL_FILES]);
  const extra = files.filter((f) => !allowed.has(f) && !f.startsWith('dist/'));
  const missing = REQUIRED_TARBALL_FILES.filter((f) => !files.includes(f));
  return [
    ...(extra.length ? [`the tarball ships more than dist/, README.md and LICENSE: ${extra.join(', ')}`] : []),
    ...missing.map((f) => `the tarball has no ${f}; add ${f} to the package folder`),
  ];
}
