// comlink ships its Node adapter as dist/esm/node-adapter.mjs with types beside it in
// node-adapter.d.ts, and no exports map: Node needs the .mjs name, TypeScript the .d.ts.
declare module 'comlink/dist/esm/node-adapter.mjs' {
  export { default } from 'comlink/dist/esm/node-adapter';
}
