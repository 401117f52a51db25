// Registers resolve-hook.mjs. Use as `node --import ./register.mjs script.mjs`;
// check.mjs imports this itself before loading the marshaller, so `node check.mjs` works too.
import { register } from "node:module";
register("./resolve-hook.mjs", import.meta.url);
