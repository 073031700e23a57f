import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/**
 * Bundles TypeScript sources with esbuild for Node and imports the result, so the build scripts (plain ESM run by
 * Node, which does not read TypeScript) use the same modules as the browser code and the test support. Relative
 * imports are bundled; every package import is left to Node, resolved by esbuild from the importing file to an
 * absolute file URL (Node's own conditions: `node`, `import`). The same sources give the same module.
 * @param {{entry: string} | {contents: string, resolveDir: string}} source a file, or module text importing relative files
 * @returns {Promise<any>} the module's namespace
 */
export async function importTypeScript(source) {
  const result = await build({
    ...('entry' in source
      ? { entryPoints: [source.entry] }
      : { stdin: { contents: source.contents, resolveDir: source.resolveDir, loader: 'ts', sourcefile: 'entry.ts' } }),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'packages-by-file-url',
        setup(plugin) {
          plugin.onResolve({ filter: /^[^./]/ }, async (args) => {
            if (args.path.startsWith('node:') || args.pluginData === 'resolving') return undefined;
            const resolved = await plugin.resolve(args.path, {
              kind: args.kind,
              resolveDir: args.resolveDir,
              importer: args.importer,
              pluginData: 'resolving',
            });
            if (resolved.errors.length > 0) {
              const [first] = resolved.errors;
              throw new Error(`Cannot resolve ${args.path} from ${args.importer}: ${first?.text ?? 'not found'}`);
            }
            if (resolved.path.endsWith('.ts')) return resolved;
            return { path: pathToFileURL(resolved.path).href, external: true };
          });
        },
      },
    ],
  });
  const [output] = result.outputFiles;
  if (output === undefined) throw new Error('esbuild wrote no module.');
  return import(`data:text/javascript;base64,${Buffer.from(output.text).toString('base64')}`);
}
