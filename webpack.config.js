/* eslint-disable no-undef */
// Build of the Excel add-in (task pane + commands page), after the layout of Microsoft's
// Office-Addin-TaskPane-React template.
//
//   npm run build                      production build into dist/ (manifest keeps https://localhost:3000/)
//   npx webpack --mode production --env ADDIN_URL=https://example.gov.vn/chitieu/
//   ADDIN_URL=https://example.gov.vn/chitieu/ npm run build
//                                      the same, with every https://localhost:3000/ in dist/manifest.xml
//                                      rewritten to the deployment address (https only)
//   npm start                          development build served on https://localhost:3000 (scripts/start.js)
//   npm run dev-server                 the same through `webpack serve`
//
// Nothing here needs network access: office.js is loaded by the pages from Microsoft's CDN at run
// time, not bundled.

const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { normaliseAddinUrl, rewriteManifestUrls } = require("./scripts/manifest-url");

const DEV_SERVER_PORT = 3000; // the manifest's https://localhost:3000/

function reactDomScheduler() {
  const reactDom = path.dirname(require.resolve("react-dom/package.json"));
  return path.dirname(require.resolve("scheduler/package.json", { paths: [reactDom] }));
}

// Fluent's light theme as CSS variables on :root, written into taskpane.html at build time: the same
// declarations FluentProvider would write at run time (createCSSRuleFromTheme, from the installed
// Fluent), so the pane's first bundle carries no theme object (5.5 kB gzip of JavaScript; 3.4 kB gzip
// of CSS in the page instead) and index.tsx gives FluentProvider no theme.
function fluentThemeCss() {
  const { createCSSRuleFromTheme, webLightTheme } = require("@fluentui/react-components");
  return createCSSRuleFromTheme(":root", webLightTheme);
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  const rawAddinUrl = env.ADDIN_URL || process.env.ADDIN_URL || "";
  // Fail early, with a readable message, on a deployment address Office would not load.
  const addinUrl = !dev && rawAddinUrl ? normaliseAddinUrl(rawAddinUrl) : "";
  if (dev && rawAddinUrl) {
    console.warn(
      `[chitieu] ADDIN_URL=${rawAddinUrl} is ignored in development mode: the dev manifest keeps https://localhost:3000/.`,
    );
  }

  const config = {
    context: __dirname,
    mode: dev ? "development" : "production",
    devtool: dev ? "eval-cheap-module-source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"), // `--output-path DIR` overrides it
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      // One copy of React's scheduler: react-dom 18 pins scheduler 0.23 (installed under react-dom),
      // Fluent's react-context-selector accepts any (">=0.19") and got 0.28 at the top level, and both
      // went into the react chunk. Every `import "scheduler"` resolves to react-dom's copy.
      alias: { scheduler$: reactDomScheduler() },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: path.resolve(__dirname, "tsconfig.web.json"),
              transpileOnly: true,
              onlyCompileBundledFiles: true,
            },
          },
        },
        {
          test: /\.(png|jpe?g|gif|svg|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name].[contenthash:8][ext]" },
        },
      ],
    },
    optimization: {
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          // React is needed by every page that uses it and changes rarely: its own cacheable file.
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: "react",
            chunks: "initial",
            priority: 20,
          },
          // Library code that two or more lazy chunks share (Fluent's Spinner, Griffel's style compiler
          // once they are not in the first bundle): one chunk they all load, not a copy in each; the
          // default 20 kB minimum would leave such pieces duplicated.
          sharedAsync: {
            test: /[\\/]node_modules[\\/]/,
            chunks: "async",
            minChunks: 2,
            minSize: 4000,
            priority: 10,
            reuseExistingChunk: true,
          },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      // pptxgenjs 4 (the deck: a lazy chunk) imports node:fs and node:https with import() on its Node
      // path only. Its package.json maps fs and https to false for browsers, but webpack stops at the
      // "node:" scheme before reading that field: without the prefix they become empty modules.
      new webpack.NormalModuleReplacementPlugin(/^node:(fs|https)$/, (resource) => {
        resource.request = resource.request.replace(/^node:/, "");
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              return addinUrl ? rewriteManifestUrls(content.toString(), addinUrl) : content;
            },
          },
        ],
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        fluentThemeCss: fluentThemeCss(),
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
    ],
  };

  // Certificates are only made when serving (`webpack serve` sets env.WEBPACK_SERVE; scripts/start.js
  // passes its own), so `npm run build` never touches ~/.office-addin-dev-certs.
  if (env.WEBPACK_SERVE) {
    let httpsOptions = env.httpsOptions;
    if (!httpsOptions) {
      const certs = await require("./scripts/dev-certs").getDevHttpsOptions();
      httpsOptions = certs.options;
      if (!certs.trusted) {
        console.warn(
          `[chitieu] The development CA is not trusted here: trust ${certs.paths.ca} on the machine that runs Excel` +
            (certs.notes.length ? ` (${certs.notes.join("; ")})` : "") + ". `npm start` prints how.",
        );
      }
    }
    config.devServer = {
      port: DEV_SERVER_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: httpsOptions },
      static: false,
      hot: true,
      client: { overlay: { warnings: false, errors: true } },
    };
  }

  return config;
};
