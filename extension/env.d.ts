/// <reference types="chrome" />
/// <reference types="vite/client" />

// crxjs: `import path from './content-script.ts?script'` gives the built file's path, for
// chrome.scripting.registerContentScripts and executeScript.
declare module '*?script' {
  const path: string;
  export default path;
}
