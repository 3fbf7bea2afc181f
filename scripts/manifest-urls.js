/* The one place that knows how development URLs become production URLs in the manifest. */
const devBaseUrl = "https://localhost:3000/";

/** Rewrites EVERY occurrence of the development base URL (not only the first) to `baseUrl`. */
function rewriteManifestUrls(manifestXml, baseUrl) {
  let url;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a URL: "${baseUrl}"`);
  }
  if (url.protocol !== "https:")
    throw new Error(`ADDIN_BASE_URL must use https:// (Office requires it): "${baseUrl}"`);
  const normalised = url.href.endsWith("/") ? url.href : `${url.href}/`;
  return manifestXml.split(devBaseUrl).join(normalised);
}

module.exports = { devBaseUrl, rewriteManifestUrls };
