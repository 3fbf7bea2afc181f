/* Builds the shared-runtime page (task pane + custom functions + ribbon commands), functions.json
   from the functions' JSDoc, the help page, and the manifest.
   Production: ADDIN_BASE_URL=https://host/path/ npm run build rewrites EVERY development URL. */
const path = require("path");
const fs = require("fs");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { rewriteManifestUrls, devBaseUrl } = require("./scripts/manifest-urls");

async function devServerHttps() {
  // Excel only loads add-ins over trusted HTTPS; office-addin-dev-certs makes and trusts a localhost
  // certificate. CRM_DEV_HTTP=1 (the playground on machines without Excel) serves plain HTTP.
  if (process.env.CRM_DEV_HTTP === "1") return { type: "http" };
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
}

function helpPageHtml() {
  const { marked } = require("marked");
  const readme = fs.readFileSync(path.join(__dirname, "README.md"), "utf8");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CRM Pyramid help</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:"Segoe UI",system-ui,sans-serif;max-width:860px;margin:2em auto;padding:0 1em;line-height:1.5}
code,pre{background:#f3f2f1}pre{padding:.6em;overflow:auto}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em}</style>
</head><body>${marked.parse(readme, { headerIds: true })}</body></html>`;
}

/** Rewrites the development base URL in emitted files (the manifest, and the help URLs in
    functions.json) once every other plugin has emitted them. */
class RewriteDevUrlsPlugin {
  constructor(baseUrl, fileNames) {
    this.baseUrl = baseUrl;
    this.fileNames = fileNames;
  }
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("RewriteDevUrlsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "RewriteDevUrlsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          for (const name of this.fileNames) {
            const asset = compilation.getAsset(name);
            if (!asset) continue;
            const text = rewriteManifestUrls(asset.source.source().toString(), this.baseUrl);
            compilation.updateAsset(name, new sources.RawSource(text));
          }
        }
      );
    });
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  // The playground (the real pane against the in-browser Excel double) is a development tool:
  // in dev builds and `--env playground` builds only, never in what `npm run build` deploys.
  const withPlayground = dev || Boolean(env.playground);
  const baseUrl = process.env.ADDIN_BASE_URL;
  if (!dev && !baseUrl) {
    console.warn(
      "[crm-pyramid] ADDIN_BASE_URL is not set: dist/manifest.xml keeps the development URLs " +
        `(${devBaseUrl}). Set it to the HTTPS address that will host dist/ before deploying.`
    );
  }
  const config = {
    devtool: dev ? "eval-source-map" : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
      notice: "./src/commands/notice.ts",
      ...(withPlayground ? { playground: "./src/playground/index.tsx" } : {}),
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions", "commands"],
      }),
      withPlayground
        ? new HtmlWebpackPlugin({
            filename: "playground.html",
            template: "./src/playground/playground.html",
            chunks: ["playground"],
          })
        : null,
      new HtmlWebpackPlugin({
        filename: "notice.html",
        template: "./src/commands/notice.html",
        chunks: ["notice"],
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        templateContent: helpPageHtml,
        inject: false,
      }),
      !dev && baseUrl
        ? new RewriteDevUrlsPlugin(baseUrl, ["manifest.xml", "functions.json"])
        : null,
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ].filter(Boolean),
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: env.WEBPACK_SERVE ? await devServerHttps() : undefined,
      host: "localhost",
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      static: false,
      hot: false,
      client: false,
    },
  };
  return config;
};
