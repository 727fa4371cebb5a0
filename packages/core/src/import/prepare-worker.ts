// The import worker's entry point: piscina calls the default export with each chunk of inputs.
export { prepareChunk as default } from './prepare.js';
