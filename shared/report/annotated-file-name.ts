/** `县级图斑.xlsx` → `县级图斑.校核.xlsx`: the name of the annotated copy, in the CLI (`--format xlsx`, beside the input) and the PWA (download). */
export function annotatedFileName(name: string): string {
  const base = name.replace(/\.(?:xlsx|xls|csv|htm|html)$/iu, '');
  return `${base === '' ? '表格' : base}.校核.xlsx`;
}
