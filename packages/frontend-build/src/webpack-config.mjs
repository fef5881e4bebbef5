// Webpack + Module Federation configuration for the shell (host) and the domain micro-frontends (remotes), written
// once so that every frontend shares React, Apollo Client and the UI kit the same way.
import { createRequire } from 'node:module';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import HtmlWebpackPlugin from 'html-webpack-plugin';

const require = createRequire(import.meta.url);

/**
 * With pnpm, @module-federation/enhanced cannot resolve its optional peer `webpack` from its own folder, and some of
 * its modules require webpack internals at load time. Point it at the webpack that runs this build (the one
 * webpack-cli found from the app's folder) before loading the plugin, so that there is one webpack instance.
 */
function webpackUsedByThisBuild() {
  for (const base of [process.cwd(), import.meta.dirname]) {
    try {
      return createRequire(path.join(base, 'package.json')).resolve('webpack');
    } catch {
      // Not resolvable from here; try the next base.
    }
  }
  throw new Error('webpack is not installed');
}
process.env.FEDERATION_WEBPACK_PATH ||= webpackUsedByThisBuild();
const { ModuleFederationPlugin } = await import('@module-federation/enhanced/webpack');

/** Libraries that must exist once per page: React keeps hooks state and Apollo keeps its context on one instance. */
const SINGLETONS = ['react', 'react-dom', '@apollo/client', 'graphql', 'rxjs'];
/**
 * Libraries imported by subpath (react-dom/client, react/jsx-runtime, @apollo/client/react …). The trailing-slash key
 * is a prefix match; without it each remote would bundle its own copy of those subpaths ("Invalid hook call").
 */
const PREFIX_SHARED = ['react', 'react-dom', '@apollo/client'];
/** Our own workspace packages shared as singletons. */
const WORKSPACE_SINGLETONS = ['@werkplek/ui'];

/** Finds the package.json of `pkg` as the app in `dir` resolves it, by walking up from its entry file. */
function readInstalledPackageJson(dir, pkg) {
  const appRequire = createRequire(path.join(dir, 'package.json'));
  let current = path.dirname(appRequire.resolve(pkg));
  for (;;) {
    const candidate = path.join(current, 'package.json');
    if (existsSync(candidate)) {
      const manifest = JSON.parse(readFileSync(candidate, 'utf8'));
      if (manifest.name === pkg) return manifest;
    }
    const parent = path.dirname(current);
    if (parent === current) throw new Error(`Cannot find package.json of ${pkg} from ${dir}`);
    current = parent;
  }
}

/**
 * The `shared` section. Versions are explicit because the manifests hold `catalog:` and `workspace:*` ranges, which
 * Module Federation cannot read as semver; we take the installed version instead.
 */
export function sharedModules(dir) {
  const shared = {};
  for (const pkg of [...SINGLETONS, ...WORKSPACE_SINGLETONS]) {
    const { version } = readInstalledPackageJson(dir, pkg);
    const major = version.split('.')[0];
    // For 0.x packages a caret range pins the minor version; that is what we want for the UI kit.
    const entry = { singleton: true, version, requiredVersion: `^${major === '0' ? version : `${major}.0.0`}` };
    shared[pkg] = entry;
    if (PREFIX_SHARED.includes(pkg)) shared[`${pkg}/`] = { ...entry };
  }
  return shared;
}

function baseConfig({ name, dir, mode, publicPath }) {
  const production = mode !== 'development';
  return {
    mode: production ? 'production' : 'development',
    context: dir,
    entry: './src/index.ts',
    // Cheap source maps in development only: the build machine has two cores.
    devtool: production ? false : 'eval-cheap-module-source-map',
    output: {
      path: path.join(dir, 'dist'),
      publicPath,
      uniqueName: name,
      clean: true,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.mjs', '.js', '.json'],
      // Source files import siblings with ".js" (as TypeScript's ESM output requires); let webpack find the .ts/.tsx.
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
    },
    module: {
      rules: [
        {
          test: /\.[cm]?[jt]sx?$/,
          exclude: /node_modules/,
          loader: require.resolve('esbuild-loader'),
          options: { loader: 'tsx', target: 'es2022', jsx: 'automatic' },
        },
        {
          test: /\.css$/,
          use: [require.resolve('style-loader'), require.resolve('css-loader')],
        },
      ],
    },
    performance: { hints: false },
    stats: 'errors-warnings',
  };
}

function federationPlugin({ name, dir, exposes, filename }) {
  return new ModuleFederationPlugin({
    name,
    filename,
    exposes,
    // Remotes are registered at run time from /config.json, not at build time.
    remotes: {},
    shared: sharedModules(dir),
    // mf-manifest.json lets the host load a remote by URL and read its shared modules and exposes.
    manifest: true,
    // The type-hints plugin fetches @mf-types.zip over HTTP and opens a websocket; types come from workspaces.
    dts: false,
  });
}

/**
 * The shell. `exposes` is optional (a host may expose things too). Returns a webpack config function so that
 * `--mode development` gives cheap source maps.
 * @param {{ name: string, dir: string, exposes?: Record<string, string>, template?: string, title?: string }} options
 */
export function hostConfig({ name, dir, exposes = {}, template, title = 'Werkplek' }) {
  return (_env, argv = {}) => {
    const config = baseConfig({ name, dir, mode: argv.mode, publicPath: '/' });
    config.plugins = [
      federationPlugin({ name, dir, exposes, filename: 'remoteEntry.js' }),
      new HtmlWebpackPlugin({ template: template ?? path.join(dir, 'src', 'index.html'), title }),
    ];
    return config;
  };
}

/**
 * A domain micro-frontend. `publicPath: 'auto'` makes its chunks load from wherever its manifest was found, so the
 * same build runs behind any URL.
 * @param {{ name: string, dir: string, exposes: Record<string, string> }} options
 */
export function remoteConfig({ name, dir, exposes }) {
  return (_env, argv = {}) => {
    const config = baseConfig({ name, dir, mode: argv.mode, publicPath: 'auto' });
    config.plugins = [federationPlugin({ name, dir, exposes, filename: 'remoteEntry.js' })];
    return config;
  };
}
