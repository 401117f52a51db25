// ESM resolve hook for @kie-tools/dmn-marshaller 10.2.0 on plain Node.js.
// Its dist/ is ES modules written for bundlers: imports such as "./schemas/dmn-1_5/ts-gen/meta" or
// "@kie-tools/xml-parser-ts/dist/ns" have no ".js" extension, which Node's ESM loader refuses
// (ERR_MODULE_NOT_FOUND / ERR_UNSUPPORTED_DIR_IMPORT). Retry those with ".js" and "/index.js".
export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (e) {
    if (e?.code === "ERR_MODULE_NOT_FOUND" || e?.code === "ERR_UNSUPPORTED_DIR_IMPORT") {
      for (const suffix of [".js", "/index.js"]) {
        try {
          return await next(specifier + suffix, context);
        } catch {
          // try the next suffix; the original error is thrown below
        }
      }
    }
    throw e;
  }
}
